package coop.market.application;

import java.util.Map;

/**
 * What staff give to change a listing: everything it says, as when it was listed (its member and trade stay), and
 * whether it is in the shop.
 *
 * @param inShop false takes it out of the shop, true puts it back; null leaves it as it is
 * @see ListingFields for the other fields
 */
public record ListingChange(String title, String description, Long priceMinor, String currency, String priceUnit,
        Map<String, Object> attributes, Integer stock, Integer leadTimeDays, Boolean inShop)
        implements ListingFields {
}
