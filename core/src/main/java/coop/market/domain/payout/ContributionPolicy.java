package coop.market.domain.payout;

import coop.market.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the co-op takes from a member's share, from a date: rates in bands of the share, stated per week
 * (e.g. nothing on the first GBP 20, 10% above), and at most {@code weeklyCapMinor} a week if set. For a pay
 * period other than a week the bands and the cap are scaled by its length in days over 7. The contribution is
 * worked out exactly and rounded down to the penny, so a member never pays a fraction more than the policy says.
 */
public record ContributionPolicy(LocalDate effectiveFrom, List<ContributionTier> tiers, Long weeklyCapMinor) {

    public ContributionPolicy {
        Objects.requireNonNull(effectiveFrom);
        tiers = tiers.stream().sorted(Comparator.comparingLong(ContributionTier::fromMinor)).toList();
        if (tiers.isEmpty() || tiers.get(0).fromMinor() != 0) {
            throw new IllegalArgumentException("The first band starts at nothing");
        }
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).fromMinor() == tiers.get(i - 1).fromMinor()) {
                throw new IllegalArgumentException("Two bands start at " + tiers.get(i).fromMinor());
            }
        }
        if (weeklyCapMinor != null && weeklyCapMinor < 0) {
            throw new IllegalArgumentException("A cap is nothing or more");
        }
    }

    /** No contribution at all (a waiver). */
    public static ContributionPolicy none(LocalDate from) {
        return new ContributionPolicy(from, List.of(new ContributionTier(0, 0)), null);
    }

    /** The contribution on a member's share for a pay period of so many days. */
    public Money on(Money share, int periodDays) {
        if (periodDays < 1) {
            throw new IllegalArgumentException("A pay period is a day or more");
        }
        if (!share.isPositive()) {
            return Money.zero(share.currency());
        }
        BigDecimal scale = BigDecimal.valueOf(periodDays).divide(BigDecimal.valueOf(7), 10, RoundingMode.HALF_EVEN);
        BigDecimal amount = BigDecimal.valueOf(share.minor());
        BigDecimal total = BigDecimal.ZERO;
        List<ContributionTier> bands = new ArrayList<>(tiers);
        for (int i = 0; i < bands.size(); i++) {
            BigDecimal from = BigDecimal.valueOf(bands.get(i).fromMinor()).multiply(scale);
            BigDecimal to = i + 1 < bands.size() ? BigDecimal.valueOf(bands.get(i + 1).fromMinor()).multiply(scale)
                    : amount;
            BigDecimal inBand = amount.min(to).subtract(from);
            if (inBand.signum() > 0) {
                total = total.add(inBand.multiply(BigDecimal.valueOf(bands.get(i).rateBasisPoints()))
                        .movePointLeft(4));
            }
        }
        if (weeklyCapMinor != null) {
            total = total.min(BigDecimal.valueOf(weeklyCapMinor).multiply(scale));
        }
        return Money.ofMinor(total.setScale(0, RoundingMode.DOWN).longValueExact(), share.currency());
    }
}
