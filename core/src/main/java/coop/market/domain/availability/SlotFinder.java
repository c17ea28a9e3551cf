package coop.market.domain.availability;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Works out when a member can take a job of a given length.
 *
 * <p>Starts follow the member's wall clock, because that is how people plan their week: a
 * "Monday 09:00" window still starts at 09:00 after the clocks change. A job's length, on the
 * other hand, is real elapsed time, because that is how long the member actually works; so on
 * the night the clocks go back a window holds an hour more work, and on the night they go
 * forward an hour less.
 *
 * <p>A local start that the clock skips gives no slot (nobody can turn up at a time that never
 * happens). A local start the clock shows twice gives one slot, at its first occurrence: offering
 * both would show the customer two identical-looking times.
 */
public final class SlotFinder {

    public static final int GRID_MINUTES = 30;

    private static final Duration GRID = Duration.ofMinutes(GRID_MINUTES);

    /** A year (leap or not) is the most any calendar view asks for; beyond that a caller has made a mistake. */
    private static final long MAX_RANGE_DAYS = 366;

    private SlotFinder() {
    }

    /**
     * Bookable starts for a job of this length on each local date from..to (both included), in time order.
     * A range that runs backwards (from after to) holds no dates, so it gives an empty list rather than an error.
     *
     * @throws IllegalArgumentException if the duration is not a positive multiple of {@value #GRID_MINUTES}
     *                                  minutes, or to is more than 366 days after from
     */
    public static List<Slot> find(SlotRules rules, LocalDate from, LocalDate to, Duration duration) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        requireBookableLength(duration);
        requireSensibleRange(from, to);

        Instant earliestStart = earliestStart(rules);
        LocalDate first = latest(from, LocalDate.ofInstant(earliestStart, rules.zone()));
        LocalDate last = earliest(to, lastBookableDate(rules));
        if (first.isAfter(last)) {
            return List.of();
        }
        BusyCalendar busy = new BusyCalendar(rules, first, last);
        List<Slot> slots = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (isAway(rules, date) || !busy.capsAllow(date, duration)) {
                continue;
            }
            slots.addAll(freeSlotsOn(rules, date, duration, earliestStart, busy));
        }
        return List.copyOf(slots);
    }

    /**
     * Whether a job of this length may start at this instant: exactly one of the slots find() would give for its
     * local date. Going through {@link #find} keeps the two from ever disagreeing, including on the grid, on clock
     * changes (the second occurrence of a repeated local time is not a slot) and on the caps.
     *
     * @throws IllegalArgumentException if the duration is not a positive multiple of {@value #GRID_MINUTES} minutes
     */
    public static boolean fits(SlotRules rules, Instant start, Duration duration) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(start, "start");
        LocalDate date = LocalDate.ofInstant(start, rules.zone());
        for (Slot slot : find(rules, date, date, duration)) {
            if (slot.start().toInstant().equals(start)) {
                return true;
            }
        }
        return false;
    }

    private static void requireBookableLength(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        boolean positive = duration.compareTo(Duration.ZERO) > 0;
        boolean onGrid = duration.getNano() == 0 && duration.getSeconds() % GRID.getSeconds() == 0;
        if (!positive || !onGrid) {
            throw new IllegalArgumentException(
                    "A job must last a positive multiple of " + GRID_MINUTES + " minutes: " + duration);
        }
    }

    private static void requireSensibleRange(LocalDate from, LocalDate to) {
        if (ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS) {
            throw new IllegalArgumentException(
                    "Ask for at most " + MAX_RANGE_DAYS + " days of slots at a time: " + from + " to " + to);
        }
    }

    /** A negative notice would let a customer book into the past, so the present is the floor. */
    private static Instant earliestStart(SlotRules rules) {
        Instant afterNotice = rules.now().plus(rules.notice());
        return afterNotice.isAfter(rules.now()) ? afterNotice : rules.now();
    }

    private static LocalDate lastBookableDate(SlotRules rules) {
        return LocalDate.ofInstant(rules.now(), rules.zone()).plusWeeks(rules.horizonWeeks());
    }

    private static boolean isAway(SlotRules rules, LocalDate date) {
        for (Absence absence : rules.absences()) {
            if (absence.covers(date)) {
                return true;
            }
        }
        return false;
    }

    /** Keyed by start instant so that overlapping windows of the same day do not offer a start twice. */
    private static List<Slot> freeSlotsOn(SlotRules rules, LocalDate date, Duration duration, Instant earliestStart,
            BusyCalendar busy) {
        Map<Instant, Slot> byStart = new TreeMap<>();
        for (WeeklyWindow window : rules.windows()) {
            if (window.day() != date.getDayOfWeek()) {
                continue;
            }
            for (Slot slot : slotsInWindow(rules.zone(), date, window, duration)) {
                Instant start = slot.start().toInstant();
                if (!start.isBefore(earliestStart) && busy.isFree(start, slot.end().toInstant())) {
                    byStart.putIfAbsent(start, slot);
                }
            }
        }
        return new ArrayList<>(byStart.values());
    }

    private static List<Slot> slotsInWindow(ZoneId zone, LocalDate date, WeeklyWindow window, Duration duration) {
        Instant windowEnd = firstMomentClockShows(date.atTime(window.end()), zone);
        List<Slot> slots = new ArrayList<>();
        for (LocalTime time : gridTimes(window)) {
            LocalDateTime local = date.atTime(time);
            if (clockSkips(local, zone)) {
                continue;
            }
            ZonedDateTime start = firstOccurrence(local, zone);
            // Compare lengths rather than adding first: a silly duration cannot then overflow Instant.
            if (Duration.between(start.toInstant(), windowEnd).compareTo(duration) >= 0) {
                slots.add(new Slot(start, start.plus(duration).withZoneSameInstant(zone)));
            }
        }
        return slots;
    }

    /** The grid hangs off the window's own start, so a 09:15 window offers 09:15, 09:45, ... */
    private static List<LocalTime> gridTimes(WeeklyWindow window) {
        List<LocalTime> times = new ArrayList<>();
        LocalTime time = window.start();
        while (time.isBefore(window.end())) {
            times.add(time);
            LocalTime next = time.plus(GRID);
            if (!next.isAfter(time)) {
                break; // wrapped past midnight
            }
            time = next;
        }
        return times;
    }

    private static boolean clockSkips(LocalDateTime local, ZoneId zone) {
        return zone.getRules().getValidOffsets(local).isEmpty();
    }

    /** Relies on {@link ZonedDateTime#ofLocal} choosing the earlier offset, i.e. the earlier instant, in an overlap. */
    private static ZonedDateTime firstOccurrence(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null);
    }

    /**
     * When a window's end falls in a clock change, the job must be over by the first moment the member's clock
     * reads that time or later: for a skipped time that is the jump itself (java.time would instead push the time an
     * hour on, letting the job run past the end shown on the clock), for a repeated time its first occurrence.
     */
    private static Instant firstMomentClockShows(LocalDateTime local, ZoneId zone) {
        if (clockSkips(local, zone)) {
            return zone.getRules().getTransition(local).getInstant();
        }
        return firstOccurrence(local, zone).toInstant();
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * The member's bookings that matter for one range of dates, indexed so that each candidate costs a binary
     * search instead of a pass over every booking a busy member has ever had.
     */
    private static final class BusyCalendar {

        private final ZoneId zone;
        private final Duration travelBuffer;
        private final Duration maxPerDay;
        private final Duration maxPerWeek;
        /** Start instants, ascending. */
        private final Instant[] starts;
        /**
         * The latest end among the bookings up to and including each index. Bookings may overlap (data entered by
         * hand, or a double booking being sorted out), so a long early booking can outlast a later short one; the
         * running maximum keeps the check right without looking back.
         */
        private final Instant[] latestEndSoFar;
        private final Map<LocalDate, Duration> bookedPerDay = new HashMap<>();
        private final Map<LocalDate, Duration> bookedPerWeek = new HashMap<>();

        BusyCalendar(SlotRules rules, LocalDate first, LocalDate last) {
            this.zone = rules.zone();
            this.travelBuffer = rules.travelBuffer();
            this.maxPerDay = rules.maxPerDay();
            this.maxPerWeek = rules.maxPerWeek();
            List<BusyPeriod> relevant = relevantTo(rules.busy(), first, last);
            relevant.sort(Comparator.comparing(BusyPeriod::start));
            this.starts = new Instant[relevant.size()];
            this.latestEndSoFar = new Instant[relevant.size()];
            Instant latestEnd = Instant.MIN;
            for (int i = 0; i < relevant.size(); i++) {
                BusyPeriod period = relevant.get(i);
                starts[i] = period.start();
                latestEnd = period.end().isAfter(latestEnd) ? period.end() : latestEnd;
                latestEndSoFar[i] = latestEnd;
                countTowardsCaps(period);
            }
        }

        /**
         * Whole weeks, not just the dates asked for, because the weekly cap counts every booking of the week; the
         * buffer on either side because a booking just outside can still block a slot just inside.
         */
        private List<BusyPeriod> relevantTo(List<BusyPeriod> all, LocalDate first, LocalDate last) {
            Instant from = mondayOf(first).atStartOfDay(zone).toInstant().minus(travelBuffer);
            Instant to = mondayOf(last).plusWeeks(1).atStartOfDay(zone).toInstant().plus(travelBuffer);
            List<BusyPeriod> relevant = new ArrayList<>();
            for (BusyPeriod period : all) {
                if (period.end().isAfter(from) && period.start().isBefore(to)) {
                    relevant.add(period);
                }
            }
            return relevant;
        }

        /** A booking counts, in full, towards the day and week it starts in, as the caps are defined. */
        private void countTowardsCaps(BusyPeriod period) {
            LocalDate day = LocalDate.ofInstant(period.start(), zone);
            Duration length = Duration.between(period.start(), period.end());
            bookedPerDay.merge(day, length, Duration::plus);
            bookedPerWeek.merge(mondayOf(day), length, Duration::plus);
        }

        boolean capsAllow(LocalDate date, Duration job) {
            return withinCap(maxPerDay, bookedPerDay.get(date), job)
                    && withinCap(maxPerWeek, bookedPerWeek.get(mondayOf(date)), job);
        }

        private static boolean withinCap(Duration cap, Duration booked, Duration job) {
            if (cap == null) {
                return true;
            }
            Duration total = booked == null ? job : booked.plus(job);
            return total.compareTo(cap) <= 0;
        }

        /**
         * Free when every booking that starts before the job's end plus the buffer also ends at least a buffer
         * before the job starts; the bookings starting later are too late to clash.
         */
        boolean isFree(Instant jobStart, Instant jobEnd) {
            int startingInTime = countStartingBefore(jobEnd.plus(travelBuffer));
            return startingInTime == 0 || !jobStart.isBefore(latestEndSoFar[startingInTime - 1].plus(travelBuffer));
        }

        private int countStartingBefore(Instant moment) {
            int low = 0;
            int high = starts.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (starts[mid].isBefore(moment)) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        private static LocalDate mondayOf(LocalDate date) {
            return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
    }
}
