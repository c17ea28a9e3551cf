package coop.market.web.rest;

import coop.market.application.ListingChange;
import coop.market.application.NewListing;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The body of {@code PUT /listings/{id}}: everything a listing says, as {@code POST /listings} takes it (its member
 * and trade stay), and {@code active}: false takes it out of the shop, true puts it back, left out leaves it.
 */
public record ListingChangeRequest(String title, String description, MoneyDto price, String priceUnit,
        Map<String, Object> attributes, BigDecimal stock, BigDecimal leadTimeDays, Boolean active) {

    ListingChange toCommand() {
        // The numbers are read exactly as when listing.
        NewListing read = new NewListingRequest(null, null, title, description, price, priceUnit, attributes, stock,
                leadTimeDays).toCommand();
        return new ListingChange(read.title(), read.description(), read.priceMinor(), read.currency(),
                read.priceUnit(), read.attributes(), read.stock(), read.leadTimeDays(), active);
    }
}
