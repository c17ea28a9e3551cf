package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.audit.AuditEntry;
import coop.market.domain.audit.AuditLog;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.payout.ContributionOverride;
import coop.market.domain.payout.ContributionPolicy;
import coop.market.domain.payout.ContributionRules;
import coop.market.domain.payout.ContributionTier;
import coop.market.domain.payout.Payouts;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The co-op's contribution from members' pay: dated policies (an admin adds one from a day; earlier pay-outs keep
 * the figures they were made with) and members' own rates for a while (staff, on the member's audit log).
 */
@ApplicationScoped
@Transactional
public class ContributionService {

    @Inject
    Payouts payouts;

    @Inject
    MemberRepository members;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public ContributionRules rules(Actor actor) {
        Permissions.requireStaff(actor, "see the contribution policy");
        return payouts.contributionRules();
    }

    /** A member's own contribution rates, oldest first. */
    public List<ContributionOverride> overrides(String memberId, Actor actor) {
        Permissions.requireStaff(actor, "see members' contribution rates");
        if (members.displayName(memberId).isEmpty()) {
            throw new NotFoundException("Member", memberId);
        }
        return payouts.contributionRules().overrides().stream().filter(o -> o.memberId().equals(memberId))
                .sorted(java.util.Comparator.comparing(ContributionOverride::from)).toList();
    }

    public ContributionPolicy addPolicy(NewContributionPolicy request, Actor actor) {
        if (actor == null || !actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator can change the contribution policy");
        }
        FieldErrors errors = new FieldErrors();
        LocalDate from = errors.date("effectiveFrom", request.effectiveFrom(), true);
        List<ContributionTier> tiers = new ArrayList<>();
        List<NewContributionPolicy.Band> bands = request.bands() == null ? List.of() : request.bands();
        if (bands.isEmpty()) {
            errors.add("bands", "Give at least one band, starting from 0");
        }
        for (int i = 0; i < bands.size(); i++) {
            NewContributionPolicy.Band band = bands.get(i);
            String field = "bands[" + i + "]";
            if (band == null || band.fromMinor() == null || band.fromMinor() < 0) {
                errors.add(field + ".fromMinor", "Give the amount the band starts from, 0 or more");
                continue;
            }
            Integer rate = basisPoints(field + ".ratePercent", band.ratePercent(), errors);
            if (rate != null) {
                tiers.add(new ContributionTier(band.fromMinor(), rate));
            }
        }
        if (!tiers.isEmpty() && tiers.stream().noneMatch(t -> t.fromMinor() == 0)) {
            errors.add("bands", "The first band starts from 0");
        }
        if (tiers.stream().map(ContributionTier::fromMinor).distinct().count() < tiers.size()) {
            errors.add("bands", "Two bands start at the same amount");
        }
        if (request.weeklyCapMinor() != null && request.weeklyCapMinor() < 0) {
            errors.add("weeklyCapMinor", "A cap is 0 or more");
        }
        errors.throwIfAny();
        if (payouts.policyFrom(from)) {
            throw new ConflictException("policy-exists", "A policy already starts on " + from
                    + ": add one from another day");
        }
        ContributionPolicy policy = new ContributionPolicy(from, tiers, request.weeklyCapMinor());
        payouts.add(policy, actor.email(), clock.instant());
        return policy;
    }

    public ContributionOverride addOverride(String memberId, NewContributionOverride request, Actor actor) {
        Permissions.requireStaff(actor, "change a member's contribution");
        if (members.displayName(memberId).isEmpty()) {
            throw new NotFoundException("Member", memberId);
        }
        FieldErrors errors = new FieldErrors();
        LocalDate from = errors.date("from", request.from(), true);
        LocalDate until = errors.date("until", request.until(), false);
        Integer rate = basisPoints("ratePercent", request.ratePercent(), errors);
        errors.requireText("reason", request.reason(), 500);
        if (from != null && until != null && until.isBefore(from)) {
            errors.add("until", "The last day is on or after the first");
        }
        errors.throwIfAny();
        ContributionOverride override = new ContributionOverride(memberId, from, until, rate,
                request.reason().strip());
        Instant now = clock.instant();
        payouts.add(override, actor.email(), now);
        audit.record(new AuditEntry(Ids.newId(), now, actor.accountId(), actor.email(), memberId,
                "contribution.override", request.ratePercent().stripTrailingZeros().toPlainString() + "% from " + from
                        + (until == null ? "" : " until " + until) + ": " + override.reason()));
        return override;
    }

    /** A percentage with at most two decimals, as basis points (10.5% is 1050). */
    private static Integer basisPoints(String field, BigDecimal percent, FieldErrors errors) {
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            errors.add(field, "Give a percentage from 0 to 100, like 10 or 12.5");
            return null;
        }
        return percent.movePointRight(2).intValueExact();
    }
}
