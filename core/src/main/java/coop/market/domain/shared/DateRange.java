package coop.market.domain.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The days from one date to another, both included. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A range cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The calendar months the range touches, each clipped to it: 6-30 April, May, ..., 1-5 April. */
    public List<DateRange> months() {
        List<DateRange> months = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate monthEnd = start.withDayOfMonth(start.lengthOfMonth());
            LocalDate end = monthEnd.isAfter(to) ? to : monthEnd;
            months.add(new DateRange(start, end));
            start = end.plusDays(1);
        }
        return months;
    }
}
