package coop.market.domain.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a booking repeats: every week, every other week or every month, a number of times or until
 * a date. Occurrences keep the first one's local time of day, whatever the clocks do.
 *
 * @param count how many occurrences in all (the first included), or null
 * @param until the last date an occurrence may fall on (included), or null
 */
public record Recurrence(Frequency frequency, Integer count, LocalDate until) {

    /** More than a year of weekly visits is a standing contract, not a booking. */
    public static final int MAX_OCCURRENCES = 52;

    /** How often. */
    public enum Frequency {
        WEEKLY,
        FORTNIGHTLY,
        MONTHLY
    }

    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
        if (count == null && until == null) {
            throw new IllegalArgumentException("Say how many times, or until when");
        }
        if (count != null && (count < 1 || count > MAX_OCCURRENCES)) {
            throw new IllegalArgumentException("Repeat 1 to " + MAX_OCCURRENCES + " times");
        }
    }

    /**
     * The local date-times of every occurrence, the first included. A monthly series on the 31st
     * falls on the last day of shorter months.
     */
    public List<LocalDateTime> occurrences(LocalDateTime first) {
        if (until != null && until.isBefore(first.toLocalDate())) {
            throw new IllegalArgumentException("The last date is before the first booking");
        }
        List<LocalDateTime> dates = new ArrayList<>();
        for (int i = 0; i < MAX_OCCURRENCES; i++) {
            LocalDateTime next = switch (frequency) {
                case WEEKLY -> first.plusWeeks(i);
                case FORTNIGHTLY -> first.plusWeeks(2L * i);
                case MONTHLY -> first.plusMonths(i);
            };
            if (until != null && next.toLocalDate().isAfter(until) || count != null && dates.size() == count) {
                break;
            }
            dates.add(next);
        }
        return dates;
    }
}
