package coop.market.application;

import java.util.Map;

/**
 * What staff give to list a member's service or product.
 *
 * @param priceMinor    the price in minor units (pence)
 * @param currency      ISO currency code; must be the co-op's
 * @param priceUnit     HOUR, VISIT or ITEM, as the trade allows
 * @param attributes    the trade's listing options, as sent; missing ones take their defaults
 * @param stock         products only: items in stock, or null when made to order
 * @param leadTimeDays  products only: days to make one to order; the trade's default if null
 */
public record NewListing(String memberId, String trade, String title, String description, Long priceMinor,
        String currency, String priceUnit, Map<String, Object> attributes, Integer stock, Integer leadTimeDays)
        implements ListingFields {
}
