package coop.market.domain.earnings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A member's limits over time, and the benefit periods they make. The newest limit in force on a day wins
 * (latest effective date, then latest set). A period is shaped by the limit in force on its first day and ends
 * early, the day before, when another limit takes effect inside it, so periods never overlap.
 */
public final class LimitHistory {

    private static final Comparator<EarningsLimit> NEWEST_LAST = Comparator.comparing(EarningsLimit::effectiveFrom)
            .thenComparing(EarningsLimit::createdAt).thenComparing(EarningsLimit::id);

    private final List<EarningsLimit> limits;

    public LimitHistory(List<EarningsLimit> limits) {
        this.limits = limits.stream().sorted(NEWEST_LAST).toList();
    }

    /** The limit in force on the day, if any. */
    public Optional<EarningsLimit> inForce(LocalDate day) {
        EarningsLimit found = null;
        for (EarningsLimit limit : limits) {
            if (!limit.effectiveFrom().isAfter(day)) {
                found = limit;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The period the day falls in, with the limit that governs it (none: a calendar week). */
    public LimitedPeriod periodOf(LocalDate day) {
        Optional<EarningsLimit> limit = inForce(day);
        BenefitPeriod shape = limit.map(EarningsLimit::pattern).orElse(PeriodPattern.CALENDAR_WEEKS).containing(day);
        LocalDate start = shape.start();
        // A limit that took effect inside the shape's first days starts the period itself.
        if (limit.isPresent() && start.isBefore(limit.get().effectiveFrom())) {
            start = limit.get().effectiveFrom();
        }
        LocalDate end = shape.end();
        for (EarningsLimit later : limits) {
            LocalDate from = later.effectiveFrom();
            if (from.isAfter(day) && !from.isAfter(end)) {
                end = from.minusDays(1);
                break;
            }
        }
        return new LimitedPeriod(new BenefitPeriod(start, end), limit.orElse(null));
    }

    /** Every period touching the days from..to (both included), in order. */
    public List<LimitedPeriod> periods(LocalDate from, LocalDate to) {
        List<LimitedPeriod> periods = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            LimitedPeriod period = periodOf(day);
            periods.add(period);
            day = period.period().next();
        }
        return periods;
    }

    /** A benefit period and the limit governing it (null when the member has none). */
    public record LimitedPeriod(BenefitPeriod period, EarningsLimit limit) {
    }
}
