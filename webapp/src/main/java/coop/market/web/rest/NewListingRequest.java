package coop.market.web.rest;

import coop.market.application.NewListing;
import coop.market.domain.shared.FieldErrors;
import java.math.BigDecimal;
import java.util.Map;

/** The body of {@code POST /listings}. */
public record NewListingRequest(String memberId, String trade, String title, String description, MoneyDto price,
        String priceUnit, Map<String, Object> attributes, BigDecimal stock, BigDecimal leadTimeDays) {

    NewListing toCommand() {
        FieldErrors errors = new FieldErrors();
        Long minor = price == null ? null : WholeNumbers.toLong("price.minor", price.minor(), errors);
        Integer items = WholeNumbers.toInteger("stock", stock, errors);
        Integer days = WholeNumbers.toInteger("leadTimeDays", leadTimeDays, errors);
        errors.throwIfAny();
        return new NewListing(memberId, trade, title, description, minor, price == null ? null : price.currency(),
                priceUnit, attributes, items, days);
    }
}
