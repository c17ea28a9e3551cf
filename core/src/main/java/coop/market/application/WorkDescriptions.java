package coop.market.application;

import coop.market.domain.booking.Booking;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.listing.Listing;
import coop.market.domain.listing.ListingRepository;
import coop.market.spi.Trade;
import coop.market.spi.TradeRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names for a member's jobs, as members see them: the trade ("Cleaning"), the listing, and the
 * customer ("Margaret", or an organisation's name). Each listing and customer is looked up once,
 * however many jobs share it. Made for one request; not shared between threads.
 */
final class WorkDescriptions {

    private final ListingRepository listings;
    private final CustomerRepository customers;
    private final TradeRegistry trades;
    private final Map<String, Optional<Listing>> listingsSeen = new HashMap<>();
    private final Map<String, String> customerNames = new HashMap<>();

    WorkDescriptions(ListingRepository listings, CustomerRepository customers, TradeRegistry trades) {
        this.listings = listings;
        this.customers = customers;
        this.trades = trades;
    }

    Optional<Listing> listing(Booking booking) {
        return listingsSeen.computeIfAbsent(booking.listingId(), listings::find);
    }

    /** The trade's own name ("Cleaning"), or the listing's title if its plugin is gone. */
    String trade(Booking booking) {
        return listing(booking).map(this::tradeName).orElse("Work");
    }

    /** The trade's code, for its picture; empty if the listing is gone. */
    Optional<String> tradeCode(Booking booking) {
        return listing(booking).map(Listing::trade);
    }

    String customer(Booking booking) {
        return customerNames.computeIfAbsent(booking.customerId(),
                id -> customers.find(id).map(CalendarService::customerName).orElse("a customer"));
    }

    private String tradeName(Listing listing) {
        return trades.find(listing.trade()).map(Trade::name).orElse(listing.title());
    }
}
