package coop.market.web.rest;

import coop.market.application.NewContributionPolicy;
import coop.market.domain.payout.ContributionPolicy;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A contribution policy: from which day, its bands per week ({@code from} an amount, at {@code ratePercent}),
 * and an optional cap per week.
 */
public record ContributionPolicyDto(String effectiveFrom, List<BandDto> bands, MoneyDto weeklyCap) {

    /** The part of a week's share from {@code from} up to the next band pays {@code ratePercent}. */
    public record BandDto(MoneyDto from, BigDecimal ratePercent) {
    }

    static ContributionPolicyDto of(ContributionPolicy policy) {
        return new ContributionPolicyDto(policy.effectiveFrom().toString(),
                policy.tiers().stream().map(t -> new BandDto(MoneyDto.of(Money.gbp(t.fromMinor())),
                        BigDecimal.valueOf(t.rateBasisPoints(), 2).stripTrailingZeros())).toList(),
                policy.weeklyCapMinor() == null ? null : MoneyDto.of(Money.gbp(policy.weeklyCapMinor())));
    }

    NewContributionPolicy toCommand() {
        FieldErrors errors = new FieldErrors();
        List<NewContributionPolicy.Band> read = new ArrayList<>();
        if (bands != null) {
            for (int i = 0; i < bands.size(); i++) {
                BandDto band = bands.get(i);
                Long from = band == null || band.from() == null ? null
                        : WholeNumbers.toLong("bands[" + i + "].from.minor", band.from().minor(), errors);
                read.add(new NewContributionPolicy.Band(from, band == null ? null : band.ratePercent()));
            }
        }
        Long cap = weeklyCap == null ? null : WholeNumbers.toLong("weeklyCap.minor", weeklyCap.minor(), errors);
        errors.throwIfAny();
        return new NewContributionPolicy(effectiveFrom, read, cap);
    }
}
