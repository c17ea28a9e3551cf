package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.audit.AuditEntry;
import coop.market.domain.audit.AuditLog;
import coop.market.domain.availability.Absence;
import coop.market.domain.availability.Availability;
import coop.market.domain.availability.AvailabilityRepository;
import coop.market.domain.availability.BusyPeriod;
import coop.market.domain.availability.Slot;
import coop.market.domain.availability.SlotFinder;
import coop.market.domain.availability.SlotRules;
import coop.market.domain.availability.WeeklyWindow;
import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingRepository;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.NotFoundException;
import coop.market.spi.AttributeValues;
import coop.market.spi.Trade;
import coop.market.spi.TradeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Setting when members work, and working out the free slots of a listing. */
@ApplicationScoped
@Transactional
public class AvailabilityService {

    /** The longest stretch of dates one availability question may cover. */
    public static final int MAX_DAYS = 92;

    @Inject
    AvailabilityRepository availabilities;

    @Inject
    MemberRepository members;

    @Inject
    BookingRepository bookings;

    @Inject
    ListingService listings;

    @Inject
    CooperativeService cooperative;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A member's availability; members see their own, staff anyone's. */
    public Availability get(String memberId, Actor actor) {
        requireMemberOrStaff(memberId, actor);
        return availabilities.read(memberId).orElseGet(() -> Availability.none(memberId));
    }

    public Availability change(String memberId, AvailabilityChange change, Actor actor) {
        requireMemberOrStaff(memberId, actor);
        FieldErrors errors = new FieldErrors();
        List<WeeklyWindow> windows = windows(change.weekly(), errors);
        List<Absence> absences = absences(change.exceptions(), errors);
        int buffer = change.travelBufferMinutes() == null ? 0 : change.travelBufferMinutes();
        if (buffer < 0 || buffer > 240) {
            errors.add("travelBufferMinutes", "Use 0 to 240 minutes");
        }
        Duration perDay = hours("maxHoursPerDay", change.maxHoursPerDay(), 24, errors);
        Duration perWeek = hours("maxHoursPerWeek", change.maxHoursPerWeek(), 168, errors);
        int horizon = change.horizonWeeks() == null ? Availability.DEFAULT_HORIZON_WEEKS : change.horizonWeeks();
        if (horizon < 1 || horizon > 104) {
            errors.add("horizonWeeks", "Use 1 to 104 weeks");
        }
        errors.throwIfAny();
        Availability availability = availabilities.find(memberId).orElseGet(() -> Availability.none(memberId));
        availability.change(windows, absences, Duration.ofMinutes(buffer), perDay, perWeek, horizon);
        availabilities.save(availability);
        if (actor.isStaff()) {
            audit.record(new AuditEntry(Ids.newId(), clock.instant(), actor.accountId(), actor.email(), memberId,
                    "availability.changed", count(windows.size(), "weekly window") + ", "
                    + count(absences.size(), "stretch of days away", "stretches of days away")));
        }
        return availability;
    }

    /**
     * Pauses a member (staff only): the days from {@code from} to {@code to} (both included) become
     * days away, so no new work can be booked in them, and the live bookings already in them are
     * returned for staff to give to another member or cancel. Taken under the member's booking lock,
     * so nothing is booked into the pause while it starts.
     *
     * @return the requested and confirmed bookings in the paused days, in time order
     */
    public List<Booking> pause(String memberId, String from, String to, String reason, Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new AccessDeniedException("Only co-op staff pause a member");
        }
        FieldErrors errors = new FieldErrors();
        LocalDate first = errors.date("from", from, true);
        LocalDate last = errors.date("to", to, true);
        errors.requireText("reason", reason, 200);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add("to", "The last day cannot be before the first");
        } else if (first != null && last != null && last.isAfter(first.plusDays(366))) {
            errors.add("to", "Pause for a year at most");
        }
        errors.throwIfAny();
        if (members.lockForBooking(memberId).isEmpty()) {
            throw new NotFoundException("Member", memberId);
        }
        Availability availability = availabilities.find(memberId).orElseGet(() -> Availability.none(memberId));
        availability.addAbsence(new Absence(first, last, reason.strip()));
        availabilities.save(availability);
        Instant now = clock.instant();
        audit.record(new AuditEntry(Ids.newId(), now, actor.accountId(), actor.email(), memberId, "member.paused",
                first + " to " + last + ": " + reason.strip()));
        ZoneId zone = cooperative.zone();
        return bookings.liveForMember(memberId, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), now).stream()
                .filter(b -> b.status() == BookingStatus.CONFIRMED || !b.expiredAt(now))
                .filter(b -> !b.start().isBefore(first.atStartOfDay(zone).toInstant()))
                .toList();
    }

    /**
     * Free starts for a listing's job between two dates (both included). Without a duration, the
     * trade's estimate for the options a customer starts from.
     */
    public List<Slot> slots(String listingId, LocalDate from, LocalDate to, Integer durationMinutes) {
        ListingDetails details = listings.get(listingId);
        Trade trade = details.trade();
        FieldErrors errors = new FieldErrors();
        if (trade.kind() != TradeKind.SERVICE) {
            errors.add("listingId", trade.name() + " items are ordered, not booked");
        }
        checkDays(from, to, errors);
        errors.throwIfAny();
        Duration duration = durationMinutes == null ? startingDuration(details) : Duration.ofMinutes(durationMinutes);
        checkDuration(trade, duration, "durationMinutes");
        ZoneId zone = cooperative.zone();
        Instant busyFrom = from.minusDays(8).atStartOfDay(zone).toInstant();
        Instant busyTo = to.plusDays(8).atStartOfDay(zone).toInstant();
        SlotRules rules = rulesFor(details.listing().memberId(), trade.rules().minimumNotice(), busyFrom, busyTo,
                null);
        return SlotFinder.find(rules, from, to, duration);
    }

    /**
     * Free starts a live booking could be moved to, on the days from..to (both included): as {@link #slots}
     * for its listing and its own length, with the booking's own time counted as free, so it can move by half
     * an hour. {@link BookingService#reschedule} checks the chosen start again under the member's lock.
     */
    public List<Slot> slotsToMove(Booking booking, LocalDate from, LocalDate to) {
        ListingDetails details = listings.bookedListing(booking.listingId());
        FieldErrors errors = new FieldErrors();
        checkDays(from, to, errors);
        errors.throwIfAny();
        ZoneId zone = cooperative.zone();
        SlotRules rules = rulesFor(booking.memberId(), details.trade().rules().minimumNotice(),
                from.minusDays(8).atStartOfDay(zone).toInstant(), to.plusDays(8).atStartOfDay(zone).toInstant(),
                booking.id());
        return SlotFinder.find(rules, from, to, booking.duration());
    }

    /** Free times are asked for 1 to {@link #MAX_DAYS} days at a time. */
    private static void checkDays(LocalDate from, LocalDate to, FieldErrors errors) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            errors.add("to", "Ask for 1 to " + MAX_DAYS + " days, with 'to' on or after 'from'");
        }
    }

    /**
     * What decides a member's free time, with their live bookings between the two instants.
     *
     * @param ignoredBookingId a booking not to count (the one being moved), or null
     */
    private SlotRules rulesFor(String memberId, Duration notice, Instant busyFrom, Instant busyTo, String ignoredBookingId) {
        return rulesWith(memberId, notice, bookings.liveForMember(memberId, busyFrom, busyTo, clock.instant()),
                ignoredBookingId);
    }

    /**
     * What decides a member's free time, with these live bookings (already read by the caller).
     *
     * @param ignoredBookingId a booking not to count (the one being moved), or null
     */
    SlotRules rulesWith(String memberId, Duration notice, List<Booking> live, String ignoredBookingId) {
        Availability availability = availabilities.read(memberId).orElseGet(() -> Availability.none(memberId));
        Instant now = clock.instant();
        List<BusyPeriod> busy = live.stream()
                .filter(b -> !b.id().equals(ignoredBookingId))
                .map(b -> new BusyPeriod(b.start(), b.end()))
                .toList();
        return new SlotRules(cooperative.zone(), availability.windows(), availability.absences(),
                availability.travelBuffer(), availability.maxPerDay(), availability.maxPerWeek(), now, notice,
                availability.horizonWeeks(), busy);
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A job length must be on the booking grid and no shorter than the trade allows. */
    static void checkDuration(Trade trade, Duration duration, String field) {
        if (duration.isNegative() || duration.isZero() || duration.toMinutes() % SlotFinder.GRID_MINUTES != 0
                || duration.compareTo(Booking.LONGEST) > 0) {
            throw new InvalidInputException(field,
                    "Use a length in steps of 30 minutes, up to " + Booking.LONGEST.toHours() + " hours");
        }
        if (duration.compareTo(trade.rules().minimumDuration()) < 0) {
            throw new InvalidInputException(field, trade.name() + " jobs last at least "
                    + trade.rules().minimumDuration().toMinutes() + " minutes");
        }
    }

    private static Duration startingDuration(ListingDetails details) {
        Trade trade = details.trade();
        Map<String, Object> suggested = trade.suggestedOptions(details.attributes());
        var options = AttributeValues.parse(trade.requestAttributes(), suggested,
                details.listing().price().currency(), "options");
        return trade.rules().estimateDuration(details.attributes(), options.values());
    }

    private void requireMemberOrStaff(String memberId, Actor actor) {
        if (members.find(memberId).isEmpty()) {
            throw new NotFoundException("Member", memberId);
        }
        Permissions.requireSelfOrStaff(memberId, actor, "see or change availability");
    }

    private static List<WeeklyWindow> windows(List<AvailabilityChange.Window> given, FieldErrors errors) {
        List<WeeklyWindow> windows = new ArrayList<>();
        if (given == null) {
            return windows;
        }
        for (int i = 0; i < given.size(); i++) {
            AvailabilityChange.Window window = given.get(i);
            String field = "weekly[" + i + "]";
            DayOfWeek day = null;
            try {
                day = DayOfWeek.valueOf(String.valueOf(window.day()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(field + ".day", "Use a day like MONDAY");
            }
            LocalTime start = time(field + ".start", window.start(), errors);
            LocalTime end = time(field + ".end", window.end(), errors);
            if (day != null && start != null && end != null) {
                if (!start.isBefore(end)) {
                    errors.add(field + ".end", "The end must be after the start");
                } else {
                    windows.add(new WeeklyWindow(day, start, end));
                }
            }
        }
        return windows;
    }

    private static List<Absence> absences(List<AvailabilityChange.Away> given, FieldErrors errors) {
        List<Absence> absences = new ArrayList<>();
        if (given == null) {
            return absences;
        }
        for (int i = 0; i < given.size(); i++) {
            AvailabilityChange.Away away = given.get(i);
            String field = "exceptions[" + i + "]";
            LocalDate from = errors.date(field + ".from", away.from(), true);
            LocalDate to = errors.date(field + ".to", away.to(), true);
            errors.optionalText(field + ".reason", away.reason(), 200);
            if (from != null && to != null) {
                if (to.isBefore(from)) {
                    errors.add(field + ".to", "The last day cannot be before the first");
                } else {
                    absences.add(new Absence(from, to, away.reason()));
                }
            }
        }
        return absences;
    }

    private static LocalTime time(String field, String text, FieldErrors errors) {
        try {
            return LocalTime.parse(String.valueOf(text));
        } catch (DateTimeParseException e) {
            errors.add(field, "Use a time like 09:00");
            return null;
        }
    }

    private static Duration hours(String field, BigDecimal hours, int most, FieldErrors errors) {
        if (hours == null) {
            return null;
        }
        BigDecimal minutes = hours.multiply(BigDecimal.valueOf(60));
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(most)) > 0
                || minutes.stripTrailingZeros().scale() > 0) {
            errors.add(field, "Use more than 0 and at most " + most + " hours, in whole minutes");
            return null;
        }
        return Duration.ofMinutes(minutes.longValueExact());
    }
}
