package coop.market.domain.earnings;

/** How long a benefit period is: a week, or a month from a given day of the month. */
public enum PeriodLength {
    WEEK,
    MONTH
}
