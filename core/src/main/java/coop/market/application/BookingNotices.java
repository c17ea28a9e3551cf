package coop.market.application;

import coop.market.domain.booking.Booking;
import coop.market.domain.customer.Customer;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.listing.Listing;
import coop.market.domain.listing.ListingRepository;
import coop.market.domain.member.MemberContact;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.notification.Outbox;
import coop.market.domain.notification.OutgoingEmail;
import coop.market.domain.shared.Money;
import coop.market.spi.Trade;
import coop.market.spi.TradeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Tells the customer and the member when a booking moves, by writing emails to the outbox in the
 * caller's transaction: if the change is rolled back, so are its emails, and if it commits, they
 * will be sent. Always called from {@link BookingService}, inside its transaction.
 */
@ApplicationScoped
public class BookingNotices {

    @Inject
    Outbox outbox;

    @Inject
    MemberRepository members;

    @Inject
    CustomerRepository customers;

    @Inject
    ListingRepository listings;

    @Inject
    TradeRegistry trades;

    @Inject
    CooperativeService cooperative;

    @Inject
    BookingPolicies policies;

    @Inject
    Clock clock;

    /** New requests: all from one series, or one booking, of this member (known already: they are locked). */
    void requested(List<Booking> made, MemberContact member) {
        write(made, Optional.of(member), BookingEmails::requested);
    }

    void confirmed(List<Booking> moved) {
        write(moved, BookingEmails::confirmed);
    }

    void declined(List<Booking> moved) {
        write(moved, BookingEmails::declined);
    }

    /** @param fee the late cancellation fee charged for these, or null */
    void cancelled(List<Booking> moved, Money fee) {
        write(moved, (emails, jobs) -> emails.cancelled(jobs, fee));
    }

    void rescheduled(Booking booking, Instant previousStart, Instant previousEnd) {
        write(List.of(booking), (emails, jobs) -> emails.rescheduled(jobs.get(0), previousStart, previousEnd));
    }

    /** The booking has moved to another member: the customer, the new member and the old one hear. */
    void reassigned(Booking booking, String oldMemberId) {
        Optional<MemberContact> old = members.contact(oldMemberId);
        write(List.of(booking), (emails, jobs) -> emails.reassigned(jobs.get(0),
                old.map(MemberContact::firstName).orElse("another member"), old.map(MemberContact::email).orElse(null)));
    }

    void expired(Booking booking) {
        write(List.of(booking), BookingEmails::expired);
    }

    /** The bookings share a member, a customer and a listing (one booking, or one series). */
    private void write(List<Booking> bookings, BiFunction<BookingEmails, List<BookingEmails.Job>,
            List<OutgoingEmail>> compose) {
        if (!bookings.isEmpty()) {
            write(bookings, members.contact(bookings.get(0).memberId()), compose);
        }
    }

    private void write(List<Booking> bookings, Optional<MemberContact> member,
            BiFunction<BookingEmails, List<BookingEmails.Job>, List<OutgoingEmail>> compose) {
        Booking first = bookings.get(0);
        Optional<Customer> customer = customers.find(first.customerId());
        String trade = listings.find(first.listingId()).map(this::tradeName).orElse("Work");
        List<BookingEmails.Job> jobs = bookings.stream().map(booking -> new BookingEmails.Job(booking, trade,
                member.map(MemberContact::firstName).orElse("The member"), member.map(MemberContact::email).orElse(null),
                customer.map(Customer::name).orElse(null), customer.map(Customer::email).orElse(null),
                customer.map(CalendarService::customerName).orElse("a customer"))).toList();
        BookingEmails emails = new BookingEmails(cooperative.zone(), cooperative.contact(), policies.cancellation(),
                clock.instant());
        compose.apply(emails, jobs).forEach(outbox::add);
    }

    private String tradeName(Listing listing) {
        return trades.find(listing.trade()).map(Trade::name).orElse(listing.title());
    }
}
