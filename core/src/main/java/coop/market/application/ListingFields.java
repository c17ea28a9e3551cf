package coop.market.application;

import java.util.Map;

/**
 * What staff write about a listing, whether listing it ({@link NewListing}) or changing it ({@link ListingChange}):
 * both are checked by the same rules.
 */
public interface ListingFields {

    String title();

    String description();

    /** The price in minor units (pence). */
    Long priceMinor();

    /** ISO currency code; must be the co-op's. */
    String currency();

    /** HOUR, VISIT or ITEM, as the trade allows; the trade's first when null. */
    String priceUnit();

    /** The trade's listing options, as sent; missing ones take their defaults. */
    Map<String, Object> attributes();

    /** Products only: items in stock, or null when made to order. */
    Integer stock();

    /** Products only: days to make one to order; the trade's default if null. */
    Integer leadTimeDays();
}
