package coop.market.domain.earnings;

import coop.market.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's earnings in one benefit period against the limit that governs it.
 *
 * @param limit        the money limit, or null when the member has none (or no rate is in force for it)
 * @param minutesLimit the hours limit in minutes (the week's hours must stay under it), or null when hours do not count
 */
public record PeriodEarnings(BenefitPeriod period, LimitKind kind, Money limit, Long minutesLimit,
        PeriodActivity activity) {

    /** Staff are warned when the forecast reaches this share of the limit: 80%, as four fifths. */
    private static final long WARN_NUMERATOR = 4;
    private static final long WARN_DENOMINATOR = 5;

    public PeriodEarnings {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(activity, "activity");
    }

    /**
     * The period's figures with the limit resolved: the member's own amount, or for ESA permitted work without
     * one, the rate table's higher limit in force on the period's first day (so April's new figure applies from
     * the first period starting on or after it); and the hours limit for permitted work.
     */
    public static PeriodEarnings of(LimitHistory.LimitedPeriod limited, BenefitRates rates, PeriodActivity activity) {
        EarningsLimit limit = limited.limit();
        BenefitPeriod period = limited.period();
        if (limit == null) {
            return new PeriodEarnings(period, null, null, null, activity);
        }
        Money amount = limit.amount().orElseGet(() -> rates.inForce(BenefitRate.ESA_HIGHER, period.start())
                .map(BenefitRate::money).orElse(null));
        Long minutes = limit.capsHours() ? rates.inForce(BenefitRate.ESA_HOURS, period.start())
                .map(BenefitRate::minutes).orElse(null) : null;
        return new PeriodEarnings(period, limit.kind(), amount, minutes, activity);
    }

    public Money earned() {
        return activity.earned();
    }

    public Money forecast() {
        return activity.forecast();
    }

    /** The limit less the forecast, never below nothing (how far over shows as forecast above limit); empty without a limit. */
    public Optional<Money> headroom() {
        if (limit == null) {
            return Optional.empty();
        }
        Money left = limit.minus(forecast());
        return Optional.of(left.isNegative() ? Money.zero(limit.currency()) : left);
    }

    /** Minutes still free under the hours limit (it must stay under, so one less than the limit); empty when hours do not count. */
    public Optional<Long> minutesLeft() {
        return minutesLimit == null ? Optional.empty()
                : Optional.of(Math.max(0, minutesLimit - 1 - activity.minutes()));
    }

    /** Whether the forecast is above the limit (the limit itself is allowed: "at most"). */
    public boolean overLimit() {
        return limit != null && forecast().isGreaterThan(limit);
    }

    /** Whether the hours reach the hours limit (permitted work must stay under it). */
    public boolean overHours() {
        return minutesLimit != null && activity.minutes() >= minutesLimit;
    }

    /** Whether the forecast has reached 80% of the limit: staff are warned. */
    public boolean nearLimit() {
        return limit != null && limit.isPositive()
                && Math.multiplyExact(forecast().minor(), WARN_DENOMINATOR)
                        >= Math.multiplyExact(limit.minor(), WARN_NUMERATOR);
    }

    /** The same period with more work confirmed in it. */
    public PeriodEarnings plusConfirmed(Money price, long minutes) {
        return new PeriodEarnings(period, kind, limit, minutesLimit, activity.plusConfirmed(price, minutes));
    }
}
