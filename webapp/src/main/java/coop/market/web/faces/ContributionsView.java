package coop.market.web.faces;

import coop.market.application.ContributionService;
import coop.market.application.CooperativeService;
import coop.market.application.NewContributionPolicy;
import coop.market.application.PlainWords;
import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.payout.ContributionPolicy;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The co-op's contribution policy: what it keeps of each member's share at a pay-out, in bands per week. Staff read
 * every policy, the one in force today marked; an administrator adds a new one from a day (policies are dated, so
 * pay-outs of earlier periods keep the rates they had). Members' own rates are on their pages.
 */
@Named
@RequestScoped
public class ContributionsView {

    static final String PAGE = "/staff/contributions.xhtml";

    /** Bands the form offers: the first starts at nothing; two more are enough for any policy seen so far. */
    private static final int BANDS = 3;

    @Inject
    ContributionService contributions;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    private String said;
    private List<ContributionPolicy> policies = List.of();
    private List<FieldError> errors = List.of();

    // What the administrator typed, kept when something is wrong so nothing is lost.
    private String effectiveFrom;
    private final String[] bandFrom = new String[BANDS];
    private final String[] bandRate = new String[BANDS];
    private String weeklyCap;

    /** Staff only. */
    public void load() throws IOException {
        Actor actor = signedIn.actor().filter(Actor::isStaff).orElse(null);
        if (actor == null) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE);
            return;
        }
        policies = contributions.rules(actor).policies().stream()
                .sorted(Comparator.comparing(ContributionPolicy::effectiveFrom).reversed()).toList();
        if (effectiveFrom == null) {
            effectiveFrom = cooperative.today().plusDays(1).toString();
        }
    }

    public void add() throws IOException {
        Actor admin = signedIn.actor().filter(actor -> actor.has(Role.ADMIN)).orElse(null);
        if (admin == null) {
            Answers.redirect(PAGE);
            return;
        }
        List<FieldError> found = new ArrayList<>();
        List<NewContributionPolicy.Band> bands = new ArrayList<>();
        for (int i = 0; i < BANDS; i++) {
            boolean first = i == 0;
            if (!first && blank(bandFrom[i]) && blank(bandRate[i])) {
                continue;
            }
            Long from = first ? Long.valueOf(0) : Pounds.toPence(bandFrom[i]);
            if (from == null) {
                found.add(new FieldError("bandFrom" + i, "Enter the amount this band starts from, like 20.00"));
            }
            BigDecimal rate = ContributionWords.typedPercent(bandRate[i]);
            if (rate == null) {
                found.add(new FieldError("bandRate" + i, "Enter a percentage from 0 to 100, like 10 or 12.5"));
            }
            bands.add(new NewContributionPolicy.Band(from, rate));
        }
        Long cap = null;
        if (!blank(weeklyCap)) {
            cap = Pounds.toPence(weeklyCap);
            if (cap == null) {
                found.add(new FieldError("weeklyCap", "Enter the most a week in pounds, like 15.00, or leave it empty"));
            }
        }
        if (!found.isEmpty()) {
            errors = found;
            load();
            return;
        }
        try {
            contributions.addPolicy(new NewContributionPolicy(effectiveFrom, bands, cap), admin);
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(ContributionsView::onThePage).toList();
            load();
            return;
        } catch (ConflictException e) {
            errors = List.of(new FieldError("effectiveFrom", e.getMessage()));
            load();
            return;
        }
        Answers.redirect(PAGE + "?said=added");
    }

    /** The service names bands as the API does ("bands[1].ratePercent"); the page's fields have plain ids. */
    private static FieldError onThePage(FieldError error) {
        String field = error.field();
        if (field.startsWith("bands[")) {
            String index = field.substring("bands[".length(), field.indexOf(']'));
            return new FieldError((field.endsWith("fromMinor") ? "bandFrom" : "bandRate") + index, error.message());
        }
        return new FieldError(field.equals("bands") ? "bandRate0" : field, error.message());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The policy pay-outs ending today follow, if any. */
    public ContributionPolicy getInForce() {
        LocalDate today = cooperative.today();
        return policies.stream().filter(p -> !p.effectiveFrom().isAfter(today)).findFirst().orElse(null);
    }

    public boolean inForce(ContributionPolicy policy) {
        return policy == getInForce();
    }

    public String bands(ContributionPolicy policy) {
        return ContributionWords.bands(policy);
    }

    public String cap(ContributionPolicy policy) {
        return ContributionWords.cap(policy);
    }

    public String from(ContributionPolicy policy) {
        return PlainWords.date(policy.effectiveFrom());
    }

    public boolean isAdmin() {
        return signedIn.actor().filter(actor -> actor.has(Role.ADMIN)).isPresent();
    }

    public List<ContributionPolicy> getPolicies() {
        return policies;
    }

    public String getNoticeText() {
        return "added".equals(said) ? "The new contribution is saved. Pay-outs for periods ending from its first day"
                + " follow it." : null;
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getSaid() {
        return said;
    }

    public void setSaid(String said) {
        this.said = said;
    }

    public String getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(String effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String[] getBandFrom() {
        return bandFrom;
    }

    public String[] getBandRate() {
        return bandRate;
    }

    public String getWeeklyCap() {
        return weeklyCap;
    }

    public void setWeeklyCap(String weeklyCap) {
        this.weeklyCap = weeklyCap;
    }
}
