package coop.market.domain.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything that decides when one member can take a job of a given length.
 *
 * @param zone          the co-op's zone; windows and dates are local to it
 * @param windows       the member's weekly pattern
 * @param absences      days away
 * @param travelBuffer  the gap kept free before and after every job, for getting there
 * @param maxPerDay     most work in one local day, or null for no limit
 * @param maxPerWeek    most work in one Monday-to-Sunday week, or null for no limit
 * @param now           the present moment
 * @param notice        how far ahead a job must be booked (the trade's minimum notice)
 * @param horizonWeeks  how many weeks ahead bookings are taken
 * @param busy          the member's live bookings
 */
public record SlotRules(ZoneId zone, List<WeeklyWindow> windows, List<Absence> absences, Duration travelBuffer,
        Duration maxPerDay, Duration maxPerWeek, Instant now, Duration notice, int horizonWeeks,
        List<BusyPeriod> busy) {

    public SlotRules {
        Objects.requireNonNull(zone, "zone");
        windows = List.copyOf(windows);
        absences = List.copyOf(absences);
        Objects.requireNonNull(travelBuffer, "travelBuffer");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(notice, "notice");
        busy = List.copyOf(busy);
        if (horizonWeeks < 1) {
            throw new IllegalArgumentException("The booking horizon must be at least a week");
        }
    }

    /** The same rules with one more period taken, e.g. an earlier occurrence of the same series. */
    public SlotRules plusBusy(BusyPeriod taken) {
        List<BusyPeriod> more = new ArrayList<>(busy);
        more.add(taken);
        return new SlotRules(zone, windows, absences, travelBuffer, maxPerDay, maxPerWeek, now, notice,
                horizonWeeks, more);
    }
}
