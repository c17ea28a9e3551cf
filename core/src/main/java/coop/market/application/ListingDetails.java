package coop.market.application;

import coop.market.domain.listing.Listing;
import coop.market.spi.AttributeValues;
import coop.market.spi.Trade;

/**
 * A listing as customers and staff see it: with its trade, its checked attributes and the
 * first name of the member who does the work.
 */
public record ListingDetails(Listing listing, Trade trade, AttributeValues attributes, String memberFirstName) {
}
