package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.availability.Slot;
import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingQuery;
import coop.market.domain.booking.BookingRepository;
import coop.market.domain.booking.BookingSeries;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.booking.CancellationPolicy;
import coop.market.domain.booking.Recurrence;
import coop.market.domain.listing.Listing;
import coop.market.domain.listing.ListingRepository;
import coop.market.domain.member.Member;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.Money;
import coop.market.domain.shared.NotFoundException;
import coop.market.spi.Trade;
import coop.market.spi.TradeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's own bookings as their account pages show them: what (the listing and trade), who (the member's
 * first name), when, in what state, at what price, and which visit of which series. Also what cancelling would
 * cost now, and the free times a visit could move to. Only ever the signed-in customer's own: anyone else's
 * booking does not exist here, whoever asks (staff have the back office). Changes go through
 * {@link BookingService}, which checks again.
 */
@ApplicationScoped
@Transactional
public class CustomerAccountService {

    /** Past visits shown: the most recent ones. */
    static final int PAST_SHOWN = 20;

    /** Upcoming visits shown: a weekly series a year ahead fits many times over. */
    static final int UPCOMING_SHOWN = 200;

    @Inject
    BookingRepository bookings;

    @Inject
    ListingRepository listings;

    @Inject
    MemberRepository members;

    @Inject
    TradeRegistry trades;

    @Inject
    AvailabilityService availability;

    @Inject
    BookingPolicies policies;

    @Inject
    Clock clock;

    /**
     * One visit as the customer sees it.
     *
     * @param lapsed a request nobody answered in time: it no longer holds the time
     * @param series where the visit sits in its series, or null for a one-off
     */
    public record Visit(String bookingId, String listingId, String title, String trade, String memberFirstName,
            Instant start, Instant end, BookingStatus status, boolean lapsed, Money price, Series series) {

        /** Still to happen and holding the member's time: it can be moved or cancelled. */
        public boolean live() {
            return status.isLive() && !lapsed;
        }
    }

    /**
     * A visit's place in its series.
     *
     * @param number this visit's place, from 1
     * @param visits how many visits the series has
     * @param liveFromHere this visit and the later ones that are still live, which "this and later" cancels
     */
    public record Series(String id, Recurrence.Frequency frequency, int number, int visits, int liveFromHere) {
    }

    /** Upcoming visits soonest first; past ones most recent first. */
    public record Visits(List<Visit> upcoming, List<Visit> past) {
    }

    public Visits visits(Actor actor) {
        String customer = customerOf(actor);
        Instant now = clock.instant();
        List<Booking> upcoming = bookings.search(new BookingQuery(null, customer, now, null, null, 0,
                UPCOMING_SHOWN));
        long before = bookings.count(new BookingQuery(null, customer, null, now, null, 0, 1));
        List<Booking> past = new ArrayList<>(bookings.search(new BookingQuery(null, customer, null, now, null,
                (int) Math.max(0, before - PAST_SHOWN), PAST_SHOWN)));
        Collections.reverse(past);
        Describer describer = new Describer(now);
        return new Visits(upcoming.stream().map(describer::visit).toList(),
                past.stream().map(describer::visit).toList());
    }

    /** One of the customer's own visits; anyone else's is not found. */
    public Visit visit(String bookingId, Actor actor) {
        return new Describer(clock.instant()).visit(own(bookingId, actor));
    }

    /** The co-op's late cancellation terms in force. */
    public CancellationPolicy cancellationPolicy() {
        return policies.cancellation();
    }

    /**
     * What cancelling would cost if done now, by the co-op's terms (as {@link BookingService} would charge it):
     * this visit, or with {@code andLater} also every later live visit of its series. Empty when nothing.
     */
    public Optional<Money> cancellationFee(String bookingId, boolean andLater, Actor actor) {
        Booking booking = own(bookingId, actor);
        Instant now = clock.instant();
        List<Booking> cancelled = andLater && booking.seriesId().isPresent()
                ? bookings.inSeries(booking.seriesId().get()).stream()
                        .filter(b -> !b.start().isBefore(booking.start())).toList()
                : List.of(booking);
        CancellationPolicy policy = policies.cancellation();
        return cancelled.stream().filter(b -> b.status().isLive() && !b.expiredAt(now))
                .map(b -> policy.feeFor(b, b.status(), now)).flatMap(Optional::stream)
                .reduce(Money::plus);
    }

    /**
     * Free starts, on the days from..to (both included), that one of the customer's live visits could move to.
     *
     * @throws NotFoundException also when the listing is no longer offered
     */
    public List<Slot> freeTimes(String bookingId, LocalDate from, LocalDate to, Actor actor) {
        return availability.slotsToMove(own(bookingId, actor), from, to);
    }

    private Booking own(String bookingId, Actor actor) {
        String customer = customerOf(actor);
        return bookings.find(bookingId).filter(b -> b.customerId().equals(customer))
                .orElseThrow(() -> new NotFoundException("Booking", bookingId));
    }

    private static String customerOf(Actor actor) {
        return actor.customer().orElseThrow(() -> new AccessDeniedException("Only customers have these pages"));
    }

    /** Looks each listing, member and series up once, however many visits share it. For one request. */
    private final class Describer {

        private final Instant now;
        private final Map<String, Optional<Listing>> listingsSeen = new HashMap<>();
        private final Map<String, String> firstNames = new HashMap<>();
        private final Map<String, List<Booking>> seriesSeen = new HashMap<>();
        private final Map<String, Optional<BookingSeries>> seriesFound = new HashMap<>();

        Describer(Instant now) {
            this.now = now;
        }

        Visit visit(Booking booking) {
            Optional<Listing> listing = listingsSeen.computeIfAbsent(booking.listingId(), listings::find);
            String trade = listing.flatMap(l -> trades.find(l.trade())).map(Trade::name).orElse("Work");
            String title = listing.map(Listing::title).orElse(trade);
            String member = firstNames.computeIfAbsent(booking.memberId(),
                    id -> members.find(id).map(Member::firstName).orElse("a member"));
            boolean lapsed = booking.status() == BookingStatus.REQUESTED && booking.expiredAt(now);
            return new Visit(booking.id(), booking.listingId(), title, trade, member, booking.start(), booking.end(),
                    booking.status(), lapsed, booking.price(), booking.seriesId().map(id -> series(id, booking))
                            .orElse(null));
        }

        private Series series(String id, Booking booking) {
            List<Booking> all = seriesSeen.computeIfAbsent(id, bookings::inSeries);
            Recurrence.Frequency frequency = seriesFound.computeIfAbsent(id, bookings::findSeries)
                    .map(BookingSeries::frequency).orElse(null);
            int number = 1;
            for (Booking b : all) {
                if (b.id().equals(booking.id())) {
                    break;
                }
                number++;
            }
            int liveFromHere = (int) all.stream().filter(b -> !b.start().isBefore(booking.start()))
                    .filter(b -> b.status().isLive() && !b.expiredAt(now)).count();
            return new Series(id, frequency, number, all.size(), liveFromHere);
        }
    }
}
