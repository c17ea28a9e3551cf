package coop.market.application;

import coop.market.domain.listing.Listing;
import coop.market.spi.PriceUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a change made to a listing, in words for the member's audit log: "Garden tidy-ups: price £15.00 an hour
 * -> £18.00 an hour; stock 4 -> 6". Taken before the change, read after it.
 */
final class ListingChanges {

    private final String title;
    private final String description;
    private final String price;
    private final String attributes;
    private final String stock;
    private final String leadTime;

    ListingChanges(Listing before) {
        title = before.title();
        description = before.description();
        price = price(before);
        attributes = before.attributesJson();
        stock = stock(before);
        leadTime = leadTime(before);
    }

    /** The words for what changed, or empty when nothing did. */
    Optional<String> after(Listing listing) {
        List<String> changed = new ArrayList<>();
        if (!title.equals(listing.title())) {
            changed.add("title \"" + title + "\" -> \"" + listing.title() + "\"");
        }
        if (!description.equals(listing.description())) {
            changed.add("description");
        }
        String newPrice = price(listing);
        if (!price.equals(newPrice)) {
            changed.add("price " + price + " -> " + newPrice);
        }
        if (!attributes.equals(listing.attributesJson())) {
            changed.add("options " + listing.attributesJson());
        }
        String newStock = stock(listing);
        if (!Objects.equals(stock, newStock)) {
            changed.add("stock " + stock + " -> " + newStock);
        }
        String newLeadTime = leadTime(listing);
        if (!Objects.equals(leadTime, newLeadTime)) {
            changed.add("days to make " + leadTime + " -> " + newLeadTime);
        }
        return changed.isEmpty() ? Optional.empty() : Optional.of(listing.title() + ": " + String.join("; ", changed));
    }

    private static String price(Listing listing) {
        return PlainWords.money(listing.price()) + (listing.priceUnit() == PriceUnit.ITEM ? " each"
                : listing.priceUnit() == PriceUnit.HOUR ? " an hour" : " a visit");
    }

    private static String stock(Listing listing) {
        return listing.stock().map(String::valueOf).orElse("made to order");
    }

    private static String leadTime(Listing listing) {
        return listing.leadTimeDays().map(String::valueOf).orElse("none");
    }
}
