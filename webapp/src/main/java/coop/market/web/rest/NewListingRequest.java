package coop.market.web.rest;

import coop.market.application.NewListing;
import java.util.Map;

/** The body of {@code POST /listings}. */
public record NewListingRequest(String memberId, String trade, String title, String description, MoneyDto price,
        String priceUnit, Map<String, Object> attributes, Integer stock, Integer leadTimeDays) {

    NewListing toCommand() {
        return new NewListing(memberId, trade, title, description, price == null ? null : price.minor(),
                price == null ? null : price.currency(), priceUnit, attributes, stock, leadTimeDays);
    }
}
