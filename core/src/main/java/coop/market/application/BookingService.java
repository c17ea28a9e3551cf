package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.audit.AuditEntry;
import coop.market.domain.audit.AuditLog;
import coop.market.domain.availability.SlotFinder;
import coop.market.domain.availability.SlotRules;
import coop.market.domain.billing.ChargeableItem;
import coop.market.domain.billing.ChargeableItems;
import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingEvent;
import coop.market.domain.booking.BookingQuery;
import coop.market.domain.booking.BookingRepository;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.booking.CancellationPolicy;
import coop.market.domain.customer.Customer;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.Address;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.NotFoundException;
import coop.market.domain.shared.Postcode;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Booking members' services and moving bookings through their life. A member's time is taken
 * only while their row is locked ({@link MemberRepository#lockForBooking}), and the free-slot
 * check reads the bookings after taking the lock: so two requests for the same time, on one
 * server or several, are decided one after the other and only the first gets it.
 */
@ApplicationScoped
@Transactional
public class BookingService {

    /** An unconfirmed request holds the slot this long, unless the setting says otherwise. */
    static final Duration DEFAULT_REQUEST_EXPIRY = Duration.ofHours(48);

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
    AvailabilityService availability;

    @Inject
    CooperativeService cooperative;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What someone may do to a booking. */
    public enum Action {
        CONFIRM(BookingStatus.CONFIRMED, Role.MEMBER),
        DECLINE(BookingStatus.DECLINED, Role.MEMBER),
        CANCEL(BookingStatus.CANCELLED, Role.CUSTOMER),
        COMPLETE(BookingStatus.COMPLETED, Role.MEMBER);

        final BookingStatus result;
        final Role party;

        Action(BookingStatus result, Role party) {
            this.result = result;
            this.party = party;
        }
    }

    public Booking request(NewBooking request, Actor actor) {
        ZoneId zone = cooperative.zone();
        Customer customer = customerFor(request, actor);
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
        blockingFindings(trade, details, options, start.atZone(zone).toLocalDate());
        Address address = address(request.address(), customer);
        FieldErrors errors = new FieldErrors();
        errors.optionalText("notes", request.notes(), 2000);
        errors.throwIfAny();

        Instant now = clock.instant();
        boolean pastWork = start.isBefore(now);
        if (pastWork && !actor.isStaff()) {
            throw new ConflictException("slot-not-free", "That time has passed. Please choose a time from now on.");
        }
        String memberId = details.listing().memberId();
        members.lockForBooking(memberId).orElseThrow(() -> new NotFoundException("Member", memberId));
        expireUnanswered(memberId, now);
        if (pastWork) {
            requireNoOverlap(memberId, start, start.plus(duration), now);
        } else {
            requireFreeSlot(memberId, trade, start, duration, null);
        }
        Quote quote = trade.price(new PricingRequest(details.listing().price(), details.listing().priceUnit(),
                details.attributes(), options, (int) duration.toMinutes(), 1, start.atZone(zone).toLocalDate()));
        BookingStatus status = pastWork ? BookingStatus.CONFIRMED : BookingStatus.REQUESTED;
        Booking booking = new Booking(Ids.newId(), details.listing().id(), memberId, customer.id(), null, status,
                start, duration, quote.total(), QuoteJson.write(quote), AttributeJson.write(options), address,
                blankToNull(request.notes()), now, now.plus(requestExpiry()));
        bookings.add(booking);
        bookings.record(new BookingEvent(Ids.newId(), booking.id(), now, actor.email(), null, status,
                pastWork ? "Work already done, recorded by staff" : "Requested"));
        return booking;
    }

    public Booking act(String bookingId, Action action, Actor actor) {
        Booking booking = visible(bookingId, actor);
        boolean party = action.party == Role.MEMBER ? booking.memberId().equals(actor.memberId())
                : booking.customerId().equals(actor.customerId());
        if (!party && !actor.isStaff()) {
            throw new AccessDeniedException("You cannot " + action.name().toLowerCase() + " this booking");
        }
        Instant now = clock.instant();
        if (booking.expiredAt(now)) {
            expire(booking, now);
            throw new ConflictException("expired", "This request was not answered in time and has lapsed");
        }
        if (action == Action.COMPLETE && booking.start().isAfter(now)) {
            throw new ConflictException("illegal-transition", "Work cannot be completed before it starts");
        }
        BookingStatus before = booking.moveTo(action.result);
        String detail = null;
        if (action == Action.CANCEL && booking.customerId().equals(actor.customerId())) {
            detail = chargeLateCancellation(booking, before, now);
        }
        bookings.record(new BookingEvent(Ids.newId(), booking.id(), now, actor.email(), before, action.result,
                detail));
        if (actor.isStaff() && action.party == Role.MEMBER) {
            audit.record(new AuditEntry(Ids.newId(), now, actor.accountId(), actor.email(), booking.memberId(),
                    "booking." + action.name().toLowerCase(), "Booking " + booking.id()));
        }
        return booking;
    }

    /**
     * Moves live work to another free start; its member, its customer or staff may. The booking
     * keeps its id, price and history; the move is recorded in the history.
     */
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
        ListingDetails details = listings.get(booking.listingId());
        requireFreeSlot(booking.memberId(), details.trade(), start, booking.duration(), booking.id());
        Instant before = booking.start();
        booking.moveTo(start);
        bookings.record(new BookingEvent(Ids.newId(), booking.id(), now, actor.email(), booking.status(),
                booking.status(), "Moved from " + before.atZone(zone).toLocalDateTime() + " to "
                        + start.atZone(zone).toLocalDateTime()));
        return booking;
    }

    /** A booking its member, its customer or staff may see; anyone else is told it does not exist. */
    public Booking get(String bookingId, Actor actor) {
        return visible(bookingId, actor);
    }

    public List<BookingEvent> history(String bookingId, Actor actor) {
        return bookings.history(visible(bookingId, actor).id());
    }

    /** Staff search everything; members and customers only ever see their own. */
    public List<Booking> search(BookingQuery query, Actor actor) {
        BookingQuery own = query;
        if (!actor.isStaff()) {
            if (actor.memberId() != null) {
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

    private Booking visible(String bookingId, Actor actor) {
        return bookings.find(bookingId)
                .filter(b -> actor.isStaff() || b.memberId().equals(actor.memberId())
                        || b.customerId().equals(actor.customerId()))
                .orElseThrow(() -> new NotFoundException("Booking", bookingId));
    }

    private Customer customerFor(NewBooking request, Actor actor) {
        if (actor.isStaff()) {
            if (request.customerId() == null) {
                throw new InvalidInputException("customerId", "Say which customer the booking is for");
            }
            return customers.find(request.customerId())
                    .orElseThrow(() -> new InvalidInputException("customerId", "There is no customer with this id"));
        }
        if (actor.customerId() == null) {
            throw new AccessDeniedException("Only customers and co-op staff can book");
        }
        if (request.customerId() != null && !request.customerId().equals(actor.customerId())) {
            throw new InvalidInputException("customerId", "You can only book for yourself");
        }
        return customers.find(actor.customerId()).orElseThrow();
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

    /** Requests nobody answered in time give the member's time back; tidy them as they are met. */
    private void expireUnanswered(String memberId, Instant now) {
        bookings.expiredRequests(memberId, now).forEach(booking -> expire(booking, now));
    }

    private void expire(Booking booking, Instant now) {
        BookingStatus before = booking.moveTo(BookingStatus.CANCELLED);
        bookings.record(new BookingEvent(Ids.newId(), booking.id(), now, "system", before, BookingStatus.CANCELLED,
                "Expired: not answered in time"));
    }

    /** Charges the co-op's late cancellation fee, if one is due; says so for the booking's history. */
    private String chargeLateCancellation(Booking booking, BookingStatus before, Instant now) {
        return cancellationPolicy().feeFor(booking, before, now).map(fee -> {
            charges.add(new ChargeableItem(Ids.newId(), booking.customerId(), booking.memberId(), booking.id(),
                    "Late cancellation fee", fee, booking.start().atZone(cooperative.zone()).toLocalDate(), now));
            return "Late cancellation fee of " + fee + " charged";
        }).orElse(null);
    }

    private static CancellationPolicy cancellationPolicy() {
        Settings settings = Settings.fromEnvironment();
        return new CancellationPolicy(
                Duration.ofHours(settings.get("CANCELLATION_NOTICE_HOURS").map(Long::parseLong).orElse(24L)),
                settings.get("CANCELLATION_FEE_PERCENT").map(Integer::parseInt).orElse(0));
    }

    private void requireFreeSlot(String memberId, Trade trade, Instant start, Duration duration,
            String ignoredBookingId) {
        SlotRules rules = availability.rulesFor(memberId, trade.rules().minimumNotice(),
                start.minus(Duration.ofDays(8)), start.plus(Duration.ofDays(8)), ignoredBookingId);
        if (!SlotFinder.fits(rules, start, duration)) {
            throw new ConflictException("slot-not-free",
                    "That time is not free. Please choose one of the times offered for this listing.");
        }
    }

    private void requireNoOverlap(String memberId, Instant start, Instant end, Instant now) {
        if (!bookings.liveForMember(memberId, start, end, now).isEmpty()) {
            throw new ConflictException("slot-not-free", "The member already has a booking at that time.");
        }
    }

    private static Address address(NewBooking.Place place, Customer customer) {
        if (place == null) {
            return customer.address();
        }
        FieldErrors errors = new FieldErrors();
        errors.requireText("address.line1", place.line1(), 200);
        errors.optionalText("address.line2", place.line2(), 200);
        errors.requireText("address.town", place.town(), 100);
        if (errors.requireText("address.postcode", place.postcode(), 10)
                && Postcode.normaliseFull(place.postcode()).isEmpty()) {
            errors.add("address.postcode", "Enter a full postcode like BR5 3AB");
        }
        errors.throwIfAny();
        return new Address(place.line1().strip(), blankToNull(place.line2()), place.town().strip(), place.postcode());
    }

    private static Duration requestExpiry() {
        return Settings.fromEnvironment().get("BOOKING_REQUEST_EXPIRY_HOURS")
                .map(hours -> Duration.ofHours(Long.parseLong(hours)))
                .orElse(DEFAULT_REQUEST_EXPIRY);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
