package coop.market.domain.payout;

import coop.market.domain.shared.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All the co-op's contribution policies over time and the members' overrides: which applies to a pay period is
 * decided by the period's last day (a change applies to pay periods ending on or after its date).
 */
public record ContributionRules(List<ContributionPolicy> policies, List<ContributionOverride> overrides) {

    public ContributionRules {
        policies = policies.stream().sorted(Comparator.comparing(ContributionPolicy::effectiveFrom)).toList();
        overrides = List.copyOf(overrides);
    }

    /** The policy for this member's pay period ending on this day (none before the first policy). */
    public ContributionPolicy forMember(String memberId, LocalDate periodEnd) {
        Optional<ContributionOverride> own = overrides.stream()
                .filter(o -> o.memberId().equals(memberId) && o.covers(periodEnd))
                .max(Comparator.comparing(ContributionOverride::from));
        if (own.isPresent()) {
            return own.get().asPolicy();
        }
        ContributionPolicy inForce = null;
        for (ContributionPolicy policy : policies) {
            if (!policy.effectiveFrom().isAfter(periodEnd)) {
                inForce = policy;
            }
        }
        return inForce != null ? inForce : ContributionPolicy.none(periodEnd);
    }

    public Money contribution(String memberId, Money share, LocalDate periodEnd, int periodDays) {
        return forMember(memberId, periodEnd).on(share, periodDays);
    }
}
