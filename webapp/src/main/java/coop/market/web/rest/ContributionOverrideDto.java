package coop.market.web.rest;

import coop.market.application.NewContributionOverride;
import coop.market.domain.payout.ContributionOverride;
import java.math.BigDecimal;

/** A member's own contribution rate for a while (0 waives it): from, until (optional), rate and why. */
public record ContributionOverrideDto(String memberId, String from, String until, BigDecimal ratePercent,
        String reason) {

    static ContributionOverrideDto of(ContributionOverride override) {
        return new ContributionOverrideDto(override.memberId(), override.from().toString(),
                override.until() == null ? null : override.until().toString(),
                BigDecimal.valueOf(override.rateBasisPoints(), 2).stripTrailingZeros(), override.reason());
    }

    NewContributionOverride toCommand() {
        return new NewContributionOverride(from, until, ratePercent, reason);
    }
}
