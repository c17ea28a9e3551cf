package coop.market.web.faces;

import coop.market.application.CooperativeService;
import coop.market.application.EarningsService;
import coop.market.application.NewBenefitRate;
import coop.market.application.PlainWords;
import coop.market.domain.account.Actor;
import coop.market.domain.earnings.BenefitRate;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rate table members' earnings limits and statements read: the benefit limits (and any other dated figure) from
 * the day each applies. Figures change every April, so staff add next year's here; a figure is never changed or
 * removed, so what applied on any past day can still be shown.
 */
@Named
@RequestScoped
public class BenefitRatesView {

    static final String PAGE = "/staff/benefit-rates.xhtml";

    /** The figures the product reads, in words; others added through the API show by their names. */
    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put(BenefitRate.ESA_HIGHER, "ESA permitted work: higher limit, a week");
        KNOWN.put("ESA_LOWER", "ESA permitted work: lower limit, a week");
        KNOWN.put(BenefitRate.ESA_HOURS, "ESA permitted work: hours a week, to stay under");
        KNOWN.put("TRADING_ALLOWANCE", "Trading allowance: a tax year");
    }

    @Inject
    EarningsService earnings;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    private String said;
    private List<BenefitRate> rates = List.of();
    private List<FieldError> errors = List.of();

    // What staff typed, kept when something is wrong so nothing is lost.
    private String name;
    private String effectiveFrom;
    private String amount;

    /** Staff only; the form starts at next 6 April, when the figures usually change. */
    public void load() throws IOException {
        Actor actor = staff();
        if (actor == null) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE);
            return;
        }
        rates = earnings.rates(actor);
        if (effectiveFrom == null) {
            LocalDate today = cooperative.today();
            LocalDate april = LocalDate.of(today.getYear(), Month.APRIL, 6);
            effectiveFrom = (april.isAfter(today) ? april : april.plusYears(1)).toString();
        }
        if (name == null) {
            name = BenefitRate.ESA_HIGHER;
        }
    }

    public void add() throws IOException {
        Actor actor = staff();
        if (actor == null) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE);
            return;
        }
        boolean hours = BenefitRate.ESA_HOURS.equals(name);
        Long pence = hours ? null : Pounds.toPence(amount);
        Long minutes = hours ? minutes(amount) : null;
        if (pence == null && minutes == null) {
            errors = List.of(new FieldError("amount", hours ? "Enter the hours, like 16"
                    : "Enter the amount in pounds, like 203.50"));
            load();
            return;
        }
        try {
            earnings.addRate(new NewBenefitRate(name, effectiveFrom, pence, null, minutes), actor);
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(error -> error.field().startsWith("amount") || error.field()
                    .equals("minutes") ? new FieldError("amount", error.message()) : error).toList();
            load();
            return;
        } catch (ConflictException e) {
            errors = List.of(new FieldError("effectiveFrom", e.getMessage()));
            load();
            return;
        }
        Answers.redirect(PAGE + "?said=added");
    }

    /** Hours as typed ("16", "15.5") in whole minutes, or null. */
    private static Long minutes(String text) {
        try {
            BigDecimal value = new BigDecimal(text == null ? "" : text.strip());
            BigDecimal minutes = value.multiply(BigDecimal.valueOf(60));
            return value.signum() > 0 && minutes.stripTrailingZeros().scale() <= 0
                    ? minutes.setScale(0, RoundingMode.UNNECESSARY).longValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private Actor staff() {
        return signedIn.actor().filter(Actor::isStaff).orElse(null);
    }

    /** The names to choose from: the known figures, then any other the table holds. */
    public List<String> getNames() {
        List<String> names = new ArrayList<>(KNOWN.keySet());
        rates.stream().map(BenefitRate::name).distinct().filter(n -> !names.contains(n)).forEach(names::add);
        return names;
    }

    public String describe(String rateName) {
        return KNOWN.getOrDefault(rateName, rateName);
    }

    public String figure(BenefitRate rate) {
        if (rate.isMinutes()) {
            BigDecimal hours = BigDecimal.valueOf(rate.minutes()).divide(BigDecimal.valueOf(60), 2,
                    RoundingMode.UNNECESSARY).stripTrailingZeros();
            return hours.toPlainString() + " hours";
        }
        return PlainWords.money(rate.money());
    }

    public String from(BenefitRate rate) {
        return PlainWords.date(rate.effectiveFrom());
    }

    /** Whether this is the figure of its name in force today. */
    public boolean inForce(BenefitRate rate) {
        LocalDate today = cooperative.today();
        return rates.stream().filter(r -> r.name().equals(rate.name()) && !r.effectiveFrom().isAfter(today))
                .reduce((earlier, later) -> later).map(r -> r == rate).orElse(false);
    }

    public List<BenefitRate> getRates() {
        return rates;
    }

    public String getNoticeText() {
        return "added".equals(said) ? "The figure is saved. Limits use it from its first day." : null;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(String effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }
}
