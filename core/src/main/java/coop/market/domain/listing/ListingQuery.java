package coop.market.domain.listing;

import java.util.List;

/**
 * What a customer searches for. Every part is optional.
 *
 * @param trade         a trade code, or null for all
 * @param outwardCode   the outward part of the customer's postcode: services are shown only by
 *                      members who travel there; products can be collected or sent, so always show
 * @param words         words to find in the title or description, or null
 * @param productTrades codes of the trades that sell products (the postcode does not limit them)
 */
public record ListingQuery(String trade, String outwardCode, String words, List<String> productTrades, int offset,
        int limit) {

    public ListingQuery {
        productTrades = productTrades == null ? List.of() : List.copyOf(productTrades);
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("Bad page: offset " + offset + ", limit " + limit);
        }
    }
}
