package coop.market.web.faces;

import coop.market.application.ContributionService;
import coop.market.application.CooperativeService;
import coop.market.application.NewContributionOverride;
import coop.market.application.PlainWords;
import coop.market.domain.account.Actor;
import coop.market.domain.payout.ContributionOverride;
import coop.market.domain.payout.ContributionPolicy;
import coop.market.domain.payout.ContributionRules;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A member's contribution, on the staff member page: what the co-op keeps of their share now and since when (the
 * co-op's policy, or their own rate), their own rates, dated, and a form to give them one from a day (0 waives
 * it). Any staff may, as in the API; the service audits it on the member's record.
 */
@Named
@RequestScoped
public class MemberContributionView extends MemberPagePart {

    @Inject
    ContributionService contributions;

    @Inject
    CooperativeService cooperative;

    private String nowWords;
    private List<ContributionOverride> overrides = List.of();
    private List<FieldError> errors = List.of();
    private String from;
    private String until;
    private String ratePercent;
    private String reason;

    @Override
    String act() {
        return "contribution-override";
    }

    @Override
    void show(String id, Actor staff) {
        overrides = contributions.overrides(id, staff);
        LocalDate today = cooperative.today();
        nowWords = nowWords(contributions.rules(staff), id, today);
        if (from == null) {
            from = today.toString();
        }
    }

    @Override
    boolean save(String id, Map<String, String> form, Actor staff) throws IOException {
        from = form.get("overrideFrom");
        until = form.get("overrideUntil");
        ratePercent = form.get("overrideRate");
        reason = form.get("overrideReason");
        try {
            contributions.addOverride(id, new NewContributionOverride(from, blankToNull(until),
                    ContributionWords.typedPercent(ratePercent),
                    reason), staff);
        } catch (InvalidInputException e) {
            errors = e.errors().stream()
                    .map(error -> new FieldError(onThePage(error.field()), error.message())).toList();
            return false;
        }
        return savedAs(id, "contribution");
    }

    /** The service names fields as the API does; the page's inputs are named apart from the page's other forms. */
    private static String onThePage(String field) {
        return switch (field) {
            case "from" -> "overrideFrom";
            case "until" -> "overrideUntil";
            case "reason" -> "overrideReason";
            default -> "overrideRate";
        };
    }

    /** What the co-op keeps of their share for a pay period ending today, and since when, in words. */
    private static String nowWords(ContributionRules rules, String memberId, LocalDate today) {
        Optional<ContributionOverride> own = rules.ownRate(memberId, today);
        if (own.isPresent()) {
            return "Their own rate: the co-op keeps " + rateOf(own.get()) + ", " + duringOf(own.get()) + ".";
        }
        Optional<ContributionPolicy> policy = rules.policyOn(today);
        if (policy.isEmpty()) {
            return "The co-op keeps nothing of their share: it has no contribution policy yet.";
        }
        ContributionPolicy inForce = policy.get();
        return "The co-op's contribution, since " + PlainWords.date(inForce.effectiveFrom()) + ": "
                + ContributionWords.bands(inForce)
                + (inForce.weeklyCapMinor() == null ? "" : " " + ContributionWords.cap(inForce) + ".");
    }

    /** "nothing of their share" or "5% of their share". */
    private static String rateOf(ContributionOverride override) {
        return (override.rateBasisPoints() == 0 ? "nothing" : ContributionWords.percent(override.rateBasisPoints()))
                + " of their share";
    }

    /** "from 1 January 2027 until further notice" or "from 1 January 2027 to 31 March 2027". */
    private static String duringOf(ContributionOverride override) {
        return "from " + PlainWords.date(override.from()) + (override.until() == null ? " until further notice"
                : " to " + PlainWords.date(override.until()));
    }

    public String rate(ContributionOverride override) {
        return rateOf(override);
    }

    public String during(ContributionOverride override) {
        return duringOf(override);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String getNowWords() {
        return nowWords;
    }

    public List<ContributionOverride> getOverrides() {
        return overrides;
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getFrom() {
        return from;
    }

    public String getUntil() {
        return until;
    }

    public String getRatePercent() {
        return ratePercent;
    }

    public String getReason() {
        return reason;
    }
}
