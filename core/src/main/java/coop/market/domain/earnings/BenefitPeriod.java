package coop.market.domain.earnings;

import java.time.LocalDate;
import java.util.Objects;

/** One benefit period, from its first to its last day (both included). */
public record BenefitPeriod(LocalDate start, LocalDate end) {

    public BenefitPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A period cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The first day after this period. */
    public LocalDate next() {
        return end.plusDays(1);
    }
}
