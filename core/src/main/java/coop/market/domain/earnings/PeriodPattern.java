package coop.market.domain.earnings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.Objects;

/**
 * How a member's time falls into benefit periods: weeks starting on the weekday of {@code anchor} (Monday to
 * Sunday when the anchor is a Monday), or months starting on the anchor's day of the month (the 17th gives
 * 17 January - 16 February). A start day of 29, 30 or 31 falls on the last day of a shorter month, as the
 * DWP counts assessment periods.
 */
public record PeriodPattern(PeriodLength length, LocalDate anchor) {

    /** Plain calendar weeks, Monday to Sunday: for members without a limit. */
    public static final PeriodPattern CALENDAR_WEEKS = new PeriodPattern(PeriodLength.WEEK, LocalDate.of(2024, 1, 1));

    public PeriodPattern {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(anchor, "anchor");
    }

    /** The period that the day falls in. */
    public BenefitPeriod containing(LocalDate day) {
        return switch (length) {
            case WEEK -> week(day);
            case MONTH -> month(day);
        };
    }

    private BenefitPeriod week(LocalDate day) {
        DayOfWeek first = anchor.getDayOfWeek();
        LocalDate start = day.with(TemporalAdjusters.previousOrSame(first));
        return new BenefitPeriod(start, start.plus(6, ChronoUnit.DAYS));
    }

    private BenefitPeriod month(LocalDate day) {
        LocalDate start = startIn(day.withDayOfMonth(1));
        if (start.isAfter(day)) {
            start = startIn(day.withDayOfMonth(1).minusMonths(1));
        }
        LocalDate nextStart = startIn(start.withDayOfMonth(1).plusMonths(1));
        return new BenefitPeriod(start, nextStart.minusDays(1));
    }

    /** The period's first day in the month of {@code firstOfMonth}, clamped to the month's last day. */
    private LocalDate startIn(LocalDate firstOfMonth) {
        return firstOfMonth.withDayOfMonth(Math.min(anchor.getDayOfMonth(), firstOfMonth.lengthOfMonth()));
    }
}
