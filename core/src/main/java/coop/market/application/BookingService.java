package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.audit.AuditEntry;
import coop.market.domain.audit.AuditLog;
import coop.market.domain.availability.BusyPeriod;
import coop.market.domain.availability.SlotFinder;
import coop.market.domain.availability.SlotRules;
import coop.market.domain.billing.ChargeableItem;
import coop.market.domain.billing.ChargeableItems;
import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingEvent;
import coop.market.domain.booking.BookingQuery;
import coop.market.domain.booking.BookingRepository;
import coop.market.domain.booking.BookingSeries;
import coop.market.domain.booking.Recurrence;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.booking.CancellationPolicy;
import coop.market.domain.customer.Customer;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.domain.listing.Listing;
import coop.market.domain.listing.ListingRepository;
import coop.market.domain.member.MemberContact;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.Address;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.Money;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.NotFoundException;
import coop.market.spi.AttributeValues;
import coop.market.spi.PricingRequest;
import coop.market.spi.Quote;
import coop.market.spi.RuleFinding;
import coop.market.spi.Trade;
import coop.market.spi.TradeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Booking members' services and moving bookings through their life. A member's time is taken
 * only while their row is locked ({@link MemberRepository#lockForBooking}), and the free-slot
 * check reads the bookings after taking the lock: so two requests for the same time, on one
 * server or several, are decided one after the other and only the first gets it.
 */
@ApplicationScoped
@Transactional
public class BookingService {

    @Inject
    BookingRepository bookings;

    @Inject
    MemberRepository members;

    @Inject
    CustomerRepository customers;

    @Inject
    ChargeableItems charges;

    @Inject
    ListingService listings;

    @Inject
    ListingRepository listingRepository;

    @Inject
    AvailabilityService availability;

    @Inject
    CooperativeService cooperative;

    @Inject
    AuditLog audit;

    @Inject
    BookingPolicies policies;

    @Inject
    BookingNotices notices;

    @Inject
    SupportService support;

    @Inject
    EarningsGuard earningsGuard;

    @Inject
    EarningsWarnings earningsWarnings;

    @Inject
    Clock clock;

    /** What someone may do to a booking. */
    public enum Action {
        CONFIRM(BookingStatus.CONFIRMED, Role.MEMBER),
        DECLINE(BookingStatus.DECLINED, Role.MEMBER),
        CANCEL(BookingStatus.CANCELLED, Role.CUSTOMER),
        COMPLETE(BookingStatus.COMPLETED, Role.MEMBER),
        NO_SHOW(BookingStatus.NO_SHOW, Role.MEMBER);

        final BookingStatus result;
        final Role party;

        Action(BookingStatus result, Role party) {
            this.result = result;
            this.party = party;
        }
    }

    /**
     * Books a one-off job, or every occurrence of a repeating one. A series is all or nothing:
     * if any date is not free the whole request is refused, naming the dates that clash.
     *
     * @return the bookings made, in time order (one for a one-off)
     */
    public List<Booking> request(NewBooking request, Actor actor) {
        ZoneId zone = cooperative.zone();
        Customer customer = Buyers.of(request.customerId(), actor, customers, "booking", "book");
        ListingDetails details = listings.get(request.listingId());
        Trade trade = details.trade();
        if (trade.kind() != TradeKind.SERVICE) {
            throw new InvalidInputException("listingId", trade.name() + " items are ordered, not booked");
        }
        Instant start = LocalTimes.parse("start", request.start(), zone);
        AttributeValues options = checkedOptions(details, request.options());
        Duration duration = request.durationMinutes() == null
                ? trade.rules().estimateDuration(details.attributes(), options)
                : Duration.ofMinutes(request.durationMinutes());
        AvailabilityService.checkDuration(trade, duration, "durationMinutes");
        Recurrence recurrence = recurrence(request.recurrence());
        Address address = address(request.address(), customer);
        FieldErrors errors = new FieldErrors();
        errors.optionalText("notes", request.notes(), 2000);
        errors.throwIfAny();

        Instant now = clock.instant();
        boolean pastWork = start.isBefore(now);
        if (pastWork && (!actor.isStaff() || recurrence != null)) {
            throw new ConflictException("slot-not-free", "That time has passed. Please choose a time from now on.");
        }
        if (recurrence == null) {
            blockingFindings(trade, details, options, start.atZone(zone).toLocalDate());
        }
        String memberId = details.listing().memberId();
        MemberContact member = members.lockForBooking(memberId)
                .orElseThrow(() -> new NotFoundException("Member", memberId));
        List<Instant> starts;
        if (pastWork) {
            requireNoOverlap(memberId, start, start.plus(duration), now);
            starts = List.of(start);
        } else if (recurrence == null) {
            requireFreeSlot(memberId, trade, start, duration, null, now);
            starts = List.of(start);
        } else {
            starts = freeOccurrences(recurrence, start, duration, details, options, zone, now);
        }
        String seriesId = null;
        if (recurrence != null) {
            seriesId = Ids.newId();
            bookings.add(new BookingSeries(seriesId, recurrence.frequency(), starts.size(), now));
        }
        BookingStatus status = pastWork ? BookingStatus.CONFIRMED : BookingStatus.REQUESTED;
        List<Booking> made = new ArrayList<>();
        for (Instant occurrence : starts) {
            Quote quote = trade.price(new PricingRequest(details.listing().price(), details.listing().priceUnit(),
                    details.attributes(), options, (int) duration.toMinutes(), 1,
                    occurrence.atZone(zone).toLocalDate()));
            Booking booking = new Booking(Ids.newId(), details.listing().id(), memberId, customer.id(), seriesId,
                    status, occurrence, duration, quote.total(), QuoteJson.write(quote), AttributeJson.write(options),
                    address, blankToNull(request.notes()), now, now.plus(policies.requestExpiry()));
            bookings.add(booking);
            bookings.record(new BookingEvent(Ids.newId(), booking.id(), now, actor.email(), null, status,
                    pastWork ? "Work already done, recorded by staff" : "Requested"));
            made.add(booking);
        }
        if (!pastWork) {
            notices.requested(made, member);
        }
        return made;
    }

    /**
     * Every occurrence's start, if all are free and allowed; otherwise a conflict naming each date
     * that is not, and why. Earlier occurrences count as taken when later ones are checked.
     */
    private List<Instant> freeOccurrences(Recurrence recurrence, Instant first, Duration duration,
            ListingDetails details, AttributeValues options, ZoneId zone, Instant now) {
        Trade trade = details.trade();
        List<LocalDateTime> locals;
        try {
            locals = recurrence.occurrences(first.atZone(zone).toLocalDateTime());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("recurrence.until", e.getMessage());
        }
        LocalDateTime last = locals.get(locals.size() - 1);
        String memberId = details.listing().memberId();
        SlotRules rules = availability.rulesWith(memberId, trade.rules().minimumNotice(), liveClosingLapsed(memberId,
                first.minus(Duration.ofDays(8)), last.atZone(zone).toInstant().plus(Duration.ofDays(8)), now), null);
        List<Instant> starts = new ArrayList<>();
        List<String> clashes = new ArrayList<>();
        for (LocalDateTime local : locals) {
            LocalDate day = local.toLocalDate();
            if (zone.getRules().getValidOffsets(local).isEmpty()) {
                clashes.add(day + " (the clocks change at that time)");
                continue;
            }
            Instant start = local.atZone(zone).toInstant();
            List<String> blocked = trade.rules().check(day, details.attributes(), options).stream()
                    .filter(finding -> finding.severity() == RuleFinding.Severity.BLOCK)
                    .map(RuleFinding::message).toList();
            if (!blocked.isEmpty()) {
                clashes.add(day + " (" + String.join(" ", blocked) + ")");
            } else if (!SlotFinder.fits(rules, start, duration)) {
                clashes.add(day.toString());
            } else {
                starts.add(start);
                rules = rules.plusBusy(new BusyPeriod(start, start.plus(duration)));
            }
        }
        if (!clashes.isEmpty()) {
            throw new ConflictException("series-clash", "Not every date is free, so nothing was booked. "
                    + "These dates are not free: " + String.join(", ", clashes));
        }
        return starts;
    }

    private static Recurrence recurrence(NewBooking.Repeat repeat) {
        if (repeat == null) {
            return null;
        }
        FieldErrors errors = new FieldErrors();
        Recurrence.Frequency frequency = null;
        try {
            frequency = Recurrence.Frequency.valueOf(String.valueOf(repeat.frequency()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("recurrence.frequency", "Use WEEKLY, FORTNIGHTLY or MONTHLY");
        }
        LocalDate until = errors.date("recurrence.until", repeat.until(), false);
        if (repeat.count() == null && repeat.until() == null) {
            errors.add("recurrence.count", "Say how many times, or give a last date in 'until'");
        } else if (repeat.count() != null && (repeat.count() < 1 || repeat.count() > Recurrence.MAX_OCCURRENCES)) {
            errors.add("recurrence.count", "Repeat 1 to " + Recurrence.MAX_OCCURRENCES + " times");
        }
        errors.throwIfAny();
        return new Recurrence(frequency, repeat.count(), until);
    }

    @Transactional(dontRollbackOn = ConflictException.class)
    public Booking act(String bookingId, Action action, Actor actor) {
        return act(bookingId, action, actor, null);
    }

    /**
     * Moves one booking. Confirming is checked against the member's earnings limit first ({@link EarningsGuard});
     * only staff may give an override, and it is audited.
     *
     * @param override staff's decision to confirm over the member's earnings limit, or null
     */
    @Transactional(dontRollbackOn = ConflictException.class)
    public Booking act(String bookingId, Action action, Actor actor, LimitOverride override) {
        Booking booking = visible(bookingId, actor);
        requireParty(booking, action, actor);
        Instant now = clock.instant();
        if (booking.expiredAt(now)) {
            expire(booking, now);
            throw new ConflictException("expired", "This request was not answered in time and has lapsed");
        }
        if ((action == Action.COMPLETE || action == Action.NO_SHOW) && booking.start().isAfter(now)) {
            throw new ConflictException("illegal-transition", "Work cannot be completed or missed before it starts");
        }
        List<PeriodEarnings> periods = List.of();
        if (action == Action.CONFIRM && booking.status().canBecome(BookingStatus.CONFIRMED)) {
            periods = earningsGuard.check(booking.memberId(), List.of(booking), override, actor, now);
        }
        Money fee = transition(booking, action, actor, now).orElse(null);
        earningsWarnings.consider(booking.memberId(), periods, now);
        tell(List.of(booking), action, fee);
        return booking;
    }

    /**
     * Confirms every open request of a booking's series at once, or cancels this occurrence and
     * every later one. Occurrences that cannot make the move (already cancelled, say) are left as
     * they are.
     *
     * @return the bookings that moved
     */
    public List<Booking> actOnSeries(String bookingId, Action action, Actor actor) {
        return actOnSeries(bookingId, action, actor, null);
    }

    /**
     * As {@link #actOnSeries(String, Action, Actor)}; confirming checks every occurrence that would move against
     * the member's earnings limit first, all or nothing.
     *
     * @param override staff's decision to confirm over the member's earnings limit, or null
     */
    public List<Booking> actOnSeries(String bookingId, Action action, Actor actor, LimitOverride override) {
        Booking booking = visible(bookingId, actor);
        requireParty(booking, action, actor);
        if (action != Action.CONFIRM && action != Action.CANCEL) {
            throw new InvalidInputException("scope", "Only confirming and cancelling apply to a whole series");
        }
        String seriesId = booking.seriesId().orElseThrow(() ->
                new InvalidInputException("scope", "This booking is not part of a series"));
        Instant now = clock.instant();
        List<Booking> series = bookings.inSeries(seriesId);
        Map<String, List<PeriodEarnings>> periods = Map.of();
        if (action == Action.CONFIRM) {
            periods = earningsGuard.checkAll(series.stream()
                    .filter(o -> !o.expiredAt(now) && o.status().canBecome(BookingStatus.CONFIRMED)).toList(),
                    override, actor, now);
        }
        List<Booking> moved = new ArrayList<>();
        Money fees = null;
        for (Booking occurrence : series) {
            boolean inScope = action == Action.CONFIRM || !occurrence.start().isBefore(booking.start());
            if (occurrence.expiredAt(now)) {
                expire(occurrence, now);
            } else if (inScope && occurrence.status().canBecome(action.result)) {
                Optional<Money> fee = transition(occurrence, action, actor, now);
                if (fee.isPresent()) {
                    fees = fees == null ? fee.get() : fees.plus(fee.get());
                }
                moved.add(occurrence);
            }
        }
        periods.forEach((memberId, touched) -> earningsWarnings.consider(memberId, touched, now));
        tell(moved, action, fees);
        return moved;
    }

    /** Emails the customer and the member about the move; finishing work is not announced. */
    private void tell(List<Booking> moved, Action action, Money fee) {
        switch (action) {
            case CONFIRM -> notices.confirmed(moved);
            case DECLINE -> notices.declined(moved);
            case CANCEL -> notices.cancelled(moved, fee);
            case COMPLETE, NO_SHOW -> { }
        }
    }

    /** The booking's member or customer, as the action needs; or staff; or a supporter the member lets answer. */
    private void requireParty(Booking booking, Action action, Actor actor) {
        boolean party = action.party == Role.MEMBER
                ? booking.memberId().equals(actor.memberId()) || support.mayAnswerFor(actor, booking.memberId())
                : booking.customerId().equals(actor.customerId());
        if (!party && !actor.isStaff()) {
            throw new AccessDeniedException("You cannot " + action.name().toLowerCase() + " this booking");
        }
    }

    /** Moves the booking and records it; returns the late cancellation fee charged, if any. */
    private Optional<Money> transition(Booking booking, Action action, Actor actor, Instant now) {
        BookingStatus before = booking.moveTo(action.result);
        Optional<Money> fee = Optional.empty();
        if (action == Action.CANCEL && booking.customerId().equals(actor.customerId())) {
            fee = chargeLateCancellation(booking, before, now);
        }
        bookings.record(new BookingEvent(Ids.newId(), booking.id(), now, actor.email(), before, action.result,
                fee.map(amount -> "Late cancellation fee of " + amount + " charged").orElse(null)));
        // Staff or a supporter doing a member's part: the member's audit log says who and what.
        if (action.party == Role.MEMBER && !booking.memberId().equals(actor.memberId())) {
            audit.record(new AuditEntry(Ids.newId(), now, actor.accountId(), actor.email(), booking.memberId(),
                    "booking." + action.name().toLowerCase(), "Booking " + booking.id()));
        }
        return fee;
    }

    /**
     * Moves live work to another free start; its member, its customer or staff may. A refusal
     * keeps what was tidied on the way (lapsed requests are recorded as expired). The booking
     * keeps its id, price and history; the move is recorded in the history. Confirmed work moving into
     * another benefit period must fit the member's earnings limit there ({@link EarningsGuard#checkMove}).
     */
    @Transactional(dontRollbackOn = ConflictException.class)
    public Booking reschedule(String bookingId, String newStart, Actor actor) {
        Booking booking = visible(bookingId, actor);
        boolean party = booking.memberId().equals(actor.memberId()) || booking.customerId().equals(actor.customerId());
        if (!party && !actor.isStaff()) {
            throw new AccessDeniedException("You cannot move this booking");
        }
        ZoneId zone = cooperative.zone();
        Instant start = LocalTimes.parse("start", newStart, zone);
        Instant now = clock.instant();
        members.lockForBooking(booking.memberId());
        if (booking.expiredAt(now)) {
            expire(booking, now);
            throw new ConflictException("expired", "This request was not answered in time and has lapsed");
        }
        if (!booking.status().isLive()) {
            throw new ConflictException("illegal-transition", "Only requested or confirmed bookings can be moved");
        }
        ListingDetails details = listings.bookedListing(booking.listingId());
        requireFreeSlot(booking.memberId(), details.trade(), start, booking.duration(), booking.id(), now);
        earningsGuard.checkMove(booking, start);
        Instant before = booking.start();
        Instant beforeEnd = booking.end();
        booking.moveTo(start);
        bookings.record(new BookingEvent(Ids.newId(), booking.id(), now, actor.email(), booking.status(),
                booking.status(), "Moved from " + before.atZone(zone).toLocalDateTime() + " to "
                        + start.atZone(zone).toLocalDateTime()));
        notices.rescheduled(booking, before, beforeEnd);
        return booking;
    }

    /**
     * Gives a live booking to another member of the same trade (staff only), when its member is
     * paused. The new member must have an active listing of the trade and be free at that time (their
     * own availability, buffers and bookings, checked under both members' locks). Time, price,
     * customer and history stay; the move is in the history and both members' audit logs, and the
     * customer and both members are e-mailed.
     */
    public Booking reassign(String bookingId, String newMemberId, Actor actor) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("Only co-op staff give work to another member");
        }
        Booking booking = visible(bookingId, actor);
        if (newMemberId == null || newMemberId.isBlank()) {
            throw new InvalidInputException("memberId", "Say which member should do the work");
        }
        String oldMemberId = booking.memberId();
        if (oldMemberId.equals(newMemberId)) {
            throw new InvalidInputException("memberId", "This member already has the booking");
        }
        ListingDetails details = listings.bookedListing(booking.listingId());
        Listing newListing = listingRepository.activeFor(newMemberId, details.listing().trade())
                .orElseThrow(() -> new InvalidInputException("memberId",
                        "That member has no active " + details.trade().name().toLowerCase() + " listing"));
        // Both members' rows, always in the same order, so two reassignments cannot deadlock.
        for (String memberId : new java.util.TreeSet<>(List.of(oldMemberId, newMemberId))) {
            if (members.lockForBooking(memberId).isEmpty()) {
                throw new NotFoundException("Member", memberId);
            }
        }
        if (!booking.status().isLive()) {
            throw new ConflictException("illegal-transition", "Only requested or confirmed bookings can be given to"
                    + " another member");
        }
        Instant now = clock.instant();
        requireFreeSlot(newMemberId, details.trade(), booking.start(), booking.duration(), null, now);
        booking.reassign(newMemberId, newListing.id());
        String oldName = members.displayName(oldMemberId).orElse(oldMemberId);
        String newName = members.displayName(newMemberId).orElse(newMemberId);
        bookings.record(new BookingEvent(Ids.newId(), booking.id(), now, actor.email(), booking.status(),
                booking.status(), "Given to " + newName + " instead of " + oldName));
        for (String memberId : List.of(oldMemberId, newMemberId)) {
            audit.record(new AuditEntry(Ids.newId(), now, actor.accountId(), actor.email(), memberId,
                    "booking.reassigned", "Booking " + booking.id() + ": " + oldName + " -> " + newName));
        }
        notices.reassigned(booking, oldMemberId);
        return booking;
    }

    /** A booking its member, its customer or staff may see; anyone else is told it does not exist. */
    public Booking get(String bookingId, Actor actor) {
        return visible(bookingId, actor);
    }

    public List<BookingEvent> history(String bookingId, Actor actor) {
        return bookings.history(visible(bookingId, actor).id());
    }

    /**
     * Staff search everything; members and customers only ever see their own; a supporter sees
     * the members they support (asking with {@code memberId} when they also have bookings of their
     * own as a customer, or support more than one member).
     */
    public List<Booking> search(BookingQuery query, Actor actor) {
        BookingQuery own = query;
        if (!actor.isStaff()) {
            boolean supporting = actor.has(Role.SUPPORTER) && !support.supportedMembers(actor).isEmpty();
            boolean asksForSupported = supporting && query.memberId() != null
                    && !query.memberId().equals(actor.memberId());
            if (asksForSupported || supporting && actor.memberId() == null && actor.customerId() == null) {
                own = new BookingQuery(supportedMember(query.memberId(), actor), query.customerId(), query.from(),
                        query.to(), query.status(), query.offset(), query.limit());
            } else if (actor.memberId() != null) {
                own = new BookingQuery(actor.memberId(), query.customerId(), query.from(), query.to(), query.status(),
                        query.offset(), query.limit());
            } else if (actor.customerId() != null) {
                own = new BookingQuery(query.memberId(), actor.customerId(), query.from(), query.to(), query.status(),
                        query.offset(), query.limit());
            } else {
                return List.of();
            }
        }
        return bookings.search(own);
    }

    /** Which supported member's bookings a supporter asks for: the one named, or their only one. */
    private String supportedMember(String asked, Actor actor) {
        List<String> supported = support.supportedMembers(actor);
        if (asked != null) {
            if (!supported.contains(asked)) {
                throw new NotFoundException("Member", asked);
            }
            return asked;
        }
        if (supported.size() == 1) {
            return supported.get(0);
        }
        throw new InvalidInputException("memberId", "Say which member's bookings you want to see");
    }

    private Booking visible(String bookingId, Actor actor) {
        return bookings.find(bookingId)
                .filter(b -> actor.isStaff() || b.memberId().equals(actor.memberId())
                        || b.customerId().equals(actor.customerId()) || support.supports(actor, b.memberId()))
                .orElseThrow(() -> new NotFoundException("Booking", bookingId));
    }

    private static AttributeValues checkedOptions(ListingDetails details, Map<String, Object> raw) {
        AttributeValues.Parsed parsed = AttributeValues.parse(details.trade().requestAttributes(), raw,
                details.listing().price().currency(), "attributes");
        if (!parsed.ok()) {
            throw new InvalidInputException(parsed.problems());
        }
        return parsed.values();
    }

    private static void blockingFindings(Trade trade, ListingDetails details, AttributeValues options,
            LocalDate day) {
        FieldErrors errors = new FieldErrors();
        trade.rules().check(day, details.attributes(), options).stream()
                .filter(finding -> finding.severity() == RuleFinding.Severity.BLOCK)
                .forEach(finding -> errors.add("attributes." + finding.field(), finding.message()));
        errors.throwIfAny();
    }

    /**
     * Closes every request of the member that nobody answered in time, telling both sides. The
     * member's time is already free once a request lapses; this makes it final and sends the emails.
     *
     * @return how many requests were closed
     */
    public int closeLapsedRequests(String memberId) {
        Instant now = clock.instant();
        members.lockForBooking(memberId);
        List<Booking> lapsed = bookings.expiredRequests(memberId, now);
        lapsed.forEach(booking -> expire(booking, now));
        return lapsed.size();
    }

    /** Members with requests that lapsed and are not closed yet, for the periodic sweep. */
    public List<String> membersWithLapsedRequests(int limit) {
        return bookings.membersWithExpiredRequests(clock.instant(), limit);
    }

    /**
     * The member's live bookings touching [from, to), read under the member's lock. Requests among them that
     * nobody answered in time give the member's time back and are closed here, in this transaction, so a new
     * booking never sits in the table beside a lapsed request it overlaps (the sweep closes the rest). One read
     * does both: a booking is about ten statements, and a separate look for lapsed requests was one of them.
     */
    private List<Booking> liveClosingLapsed(String memberId, Instant from, Instant to, Instant now) {
        List<Booking> live = new ArrayList<>();
        for (Booking booking : bookings.holdingForMember(memberId, from, to)) {
            if (booking.expiredAt(now)) {
                expire(booking, now);
            } else {
                live.add(booking);
            }
        }
        return live;
    }

    private void expire(Booking booking, Instant now) {
        BookingStatus before = booking.moveTo(BookingStatus.CANCELLED);
        bookings.record(new BookingEvent(Ids.newId(), booking.id(), now, "system", before, BookingStatus.CANCELLED,
                "Expired: not answered in time"));
        notices.expired(booking);
    }

    /** Charges the co-op's late cancellation fee, if one is due. */
    private Optional<Money> chargeLateCancellation(Booking booking, BookingStatus before, Instant now) {
        Optional<Money> fee = policies.cancellation().feeFor(booking, before, now);
        fee.ifPresent(amount -> charges.add(new ChargeableItem(Ids.newId(), booking.customerId(), booking.memberId(),
                booking.id(), "Late cancellation fee", amount,
                booking.start().atZone(cooperative.zone()).toLocalDate(), now)));
        return fee;
    }


    private void requireFreeSlot(String memberId, Trade trade, Instant start, Duration duration,
            String ignoredBookingId, Instant now) {
        SlotRules rules = availability.rulesWith(memberId, trade.rules().minimumNotice(),
                liveClosingLapsed(memberId, start.minus(Duration.ofDays(8)), start.plus(Duration.ofDays(8)), now),
                ignoredBookingId);
        if (!SlotFinder.fits(rules, start, duration)) {
            throw new ConflictException("slot-not-free",
                    "That time is not free. Please choose one of the times offered for this listing.");
        }
    }

    private void requireNoOverlap(String memberId, Instant start, Instant end, Instant now) {
        if (!liveClosingLapsed(memberId, start, end, now).isEmpty()) {
            throw new ConflictException("slot-not-free", "The member already has a booking at that time.");
        }
    }

    private static Address address(NewBooking.Place place, Customer customer) {
        if (place == null) {
            return customer.address();
        }
        FieldErrors errors = new FieldErrors();
        Address address = Addresses.checked(place.line1(), place.line2(), place.town(), place.postcode(), errors);
        errors.throwIfAny();
        return address;
    }


    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
