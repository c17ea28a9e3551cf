package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingQuery;
import coop.market.domain.booking.BookingRepository;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.listing.ListingRepository;
import coop.market.domain.member.Member;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.NotFoundException;
import coop.market.spi.TradeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff desk: requests waiting for a member's answer (paged in the database, soonest first)
 * and today's jobs across all members, each with who, what, when and where.
 */
@ApplicationScoped
@Transactional
public class StaffDeskService {

    @Inject
    BookingRepository bookings;

    @Inject
    MemberRepository members;

    @Inject
    ListingRepository listings;

    @Inject
    CustomerRepository customers;

    @Inject
    TradeRegistry trades;

    @Inject
    CooperativeService cooperative;

    @Inject
    Clock clock;

    /** One booking as the desk lists it. */
    public record Row(String bookingId, Instant start, Instant end, String member, String trade, String customer,
            String place, BookingStatus status, Instant expiresAt, String tradeCode, boolean lapsed)
            implements java.io.Serializable {
    }

    /** A member staff can give work to. */
    public record Candidate(String memberId, String name) implements java.io.Serializable {
    }

    /** A member's requested and confirmed jobs starting on the days from..to (both included), for a pause. */
    public List<Row> liveBetween(String memberId, LocalDate from, LocalDate to, Actor actor) {
        requireStaff(actor);
        ZoneId zone = cooperative.zone();
        Instant now = clock.instant();
        List<Booking> found = bookings.search(new BookingQuery(memberId, null, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant(), null, 0, 500));
        return rows(found.stream().filter(b -> b.status() == BookingStatus.CONFIRMED
                || b.status() == BookingStatus.REQUESTED && !b.expiredAt(now)).toList());
    }

    /** Active members doing this trade, but not this one: who could take over their work. */
    public List<Candidate> othersDoing(String tradeCode, String exceptMemberId, Actor actor) {
        requireStaff(actor);
        return members.list(0, 1000).stream()
                .filter(m -> m.does(tradeCode) && !m.id().equals(exceptMemberId))
                .map(m -> new Candidate(m.id(), m.displayName())).toList();
    }

    /** Every member, by name, for choosing whom to pause. */
    public List<Candidate> allMembers(Actor actor) {
        requireStaff(actor);
        return members.list(0, 1000).stream().map(m -> new Candidate(m.id(), m.displayName())).toList();
    }

    /**
     * Every booking starting on the days from..to (both included), whatever its state, for one member or (with a
     * null member) for all, in time order, a page at a time: the bookings calendar.
     */
    public List<Row> between(String memberId, LocalDate from, LocalDate to, int offset, int limit, Actor actor) {
        requireStaff(actor);
        return rows(bookings.search(calendarQuery(memberId, from, to, offset, limit)));
    }

    public long countBetween(String memberId, LocalDate from, LocalDate to, Actor actor) {
        requireStaff(actor);
        return bookings.count(calendarQuery(memberId, from, to, 0, 1));
    }

    /** A customer's bookings, in time order, a page at a time. */
    public List<Row> ofCustomer(String customerId, int offset, int limit, Actor actor) {
        requireStaff(actor);
        return rows(bookings.search(new BookingQuery(null, customerId, null, null, null, offset, limit)));
    }

    public long countOfCustomer(String customerId, Actor actor) {
        requireStaff(actor);
        return bookings.count(new BookingQuery(null, customerId, null, null, null, 0, 1));
    }

    /** One booking as the desk lists it. */
    public Row row(String bookingId, Actor actor) {
        requireStaff(actor);
        return bookings.find(bookingId).map(b -> rows(List.of(b)).get(0))
                .orElseThrow(() -> new NotFoundException("Booking", bookingId));
    }

    private BookingQuery calendarQuery(String memberId, LocalDate from, LocalDate to, int offset, int limit) {
        ZoneId zone = cooperative.zone();
        return new BookingQuery(memberId, null, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant(), null, offset, limit);
    }

    /** Requests from now on that wait for an answer, soonest first. */
    public List<Row> waiting(int offset, int limit, Actor actor) {
        requireStaff(actor);
        return rows(bookings.search(waitingQuery(offset, limit)));
    }

    public long countWaiting(Actor actor) {
        requireStaff(actor);
        return bookings.count(waitingQuery(0, 1));
    }

    /** Today's requested and confirmed jobs, for every member, in time order. */
    public List<Row> today(Actor actor) {
        requireStaff(actor);
        ZoneId zone = cooperative.zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        Instant now = clock.instant();
        List<Booking> day = bookings.search(new BookingQuery(null, null, today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant(), null, 0, 500));
        return rows(day.stream().filter(b -> b.status() == BookingStatus.CONFIRMED
                || b.status() == BookingStatus.REQUESTED && !b.expiredAt(now)).toList());
    }

    private BookingQuery waitingQuery(int offset, int limit) {
        return new BookingQuery(null, null, clock.instant(), null, BookingStatus.REQUESTED, offset, limit);
    }

    private List<Row> rows(List<Booking> found) {
        WorkDescriptions names = new WorkDescriptions(listings, customers, trades);
        Map<String, String> memberNames = new HashMap<>();
        Instant now = clock.instant();
        return found.stream().map(b -> new Row(b.id(), b.start(), b.end(),
                memberNames.computeIfAbsent(b.memberId(),
                        id -> members.find(id).map(Member::displayName).orElse("A former member")),
                names.trade(b), names.customer(b), CalendarService.place(b.address()), b.status(),
                b.expiresAt().orElse(null), names.tradeCode(b).orElse(null),
                b.status() == BookingStatus.REQUESTED && b.expiredAt(now))).toList();
    }

    private static void requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new AccessDeniedException("The staff desk is for co-op staff");
        }
    }
}
