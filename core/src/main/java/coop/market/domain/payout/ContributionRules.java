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
        return ownRate(memberId, periodEnd).map(ContributionOverride::asPolicy)
                .orElseGet(() -> policyOn(periodEnd).orElse(ContributionPolicy.none(periodEnd)));
    }

    /** The member's own rate for a pay period ending on this day, if one covers it (the latest to start wins). */
    public Optional<ContributionOverride> ownRate(String memberId, LocalDate periodEnd) {
        return overrides.stream()
                .filter(o -> o.memberId().equals(memberId) && o.covers(periodEnd))
                .max(Comparator.comparing(ContributionOverride::from));
    }

    /** The co-op's policy for pay periods ending on this day, if it had one by then. */
    public Optional<ContributionPolicy> policyOn(LocalDate periodEnd) {
        ContributionPolicy inForce = null;
        for (ContributionPolicy policy : policies) {
            if (!policy.effectiveFrom().isAfter(periodEnd)) {
                inForce = policy;
            }
        }
        return Optional.ofNullable(inForce);
    }

    public Money contribution(String memberId, Money share, LocalDate periodEnd, int periodDays) {
        return forMember(memberId, periodEnd).on(share, periodDays);
    }
}
