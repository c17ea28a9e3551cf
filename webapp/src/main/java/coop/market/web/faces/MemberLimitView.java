package coop.market.web.faces;

import coop.market.application.CooperativeService;
import coop.market.application.EarningsService;
import coop.market.application.NewEarningsLimit;
import coop.market.application.PlainWords;
import coop.market.domain.account.Actor;
import coop.market.domain.earnings.EarningsLimit;
import coop.market.domain.earnings.LimitKind;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.domain.earnings.PeriodLength;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A member's benefit earnings limit, on the staff member page: the limit in force today, this period's and the
 * next one's earnings against it, and a form to set a new limit from a day on (earlier periods keep theirs). The
 * button is a plain submit read by the view action; what was typed stays when something is wrong.
 */
@Named
@RequestScoped
public class MemberLimitView extends MemberPagePart {

    @Inject
    EarningsService earnings;

    @Inject
    CooperativeService cooperative;

    private EarningsLimit current;
    private List<PeriodEarnings> periods = List.of();
    private List<FieldError> errors = List.of();
    private String kind;
    private String amount;
    private String period;
    private String periodStart;
    private String effectiveFrom;

    @Override
    String act() {
        return "earnings-limit";
    }

    @Override
    void show(String id, Actor staff) {
        periods = earnings.earnings(id, null, null, staff);
        current = earnings.limitToday(id).orElse(null);
        if (effectiveFrom == null) {
            effectiveFrom = cooperative.today().toString();
        }
    }

    @Override
    boolean save(String id, Map<String, String> form, Actor staff) throws IOException {
        kind = form.get("limitKind");
        amount = form.get("limitAmount");
        period = form.get("limitPeriod");
        periodStart = form.get("limitPeriodStart");
        effectiveFrom = form.get("limitEffectiveFrom");
        boolean noAmount = amount == null || amount.isBlank();
        Long pence = noAmount ? null : Pounds.toPence(amount);
        if (!noAmount && pence == null) {
            errors = List.of(new FieldError("limitAmount", "Enter the limit in pounds, like 195.50"));
            return false;
        }
        try {
            earnings.setLimit(id, new NewEarningsLimit(kind, pence, null, period, periodStart, effectiveFrom), staff);
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(MemberLimitView::onThePage).toList();
            return false;
        }
        return savedAs(id, "earnings-limit");
    }

    /** The service names fields as the API does; the page's inputs are named apart from the page's other forms. */
    private static FieldError onThePage(FieldError error) {
        String field = error.field();
        if (field.startsWith("amount")) {
            return new FieldError("limitAmount", field.equals("amount.minor") && error.message().contains("pence")
                    ? "Enter the limit in pounds, like 100.00" : error.message());
        }
        return new FieldError(switch (field) {
            case "kind" -> "limitKind";
            case "period" -> "limitPeriod";
            case "periodStart" -> "limitPeriodStart";
            default -> "limitEffectiveFrom";
        }, field.equals("kind") ? "Choose which benefit the limit comes from" : error.message());
    }

    /** The limit in force today in words, or null when there is none. */
    public String getCurrentWords() {
        if (current == null) {
            return null;
        }
        boolean weekly = current.pattern().length() == PeriodLength.WEEK;
        String amountWords = current.amount().map(money -> PlainWords.money(money) + (weekly ? " a week" : " a month"))
                .orElse("the higher limit from the rate table, each week");
        return kindWords(current.kind().name()) + ": " + amountWords + ", from "
                + PlainWords.date(current.effectiveFrom()) + ". Periods start on "
                + PlainWords.day(current.pattern().anchor()) + ", then every " + (weekly ? "week" : "month") + ".";
    }

    /** One period's earnings against its limit, in words: "4 May 2027 to 10 May 2027: £36.00 ...". */
    public String periodWords(PeriodEarnings earned) {
        String days = PlainWords.date(earned.period().start()) + " to " + PlainWords.date(earned.period().end());
        String money = "earned " + PlainWords.money(earned.earned()) + ", " + PlainWords.money(earned.forecast())
                + " with work confirmed";
        if (earned.limit() == null) {
            return days + ": no limit; " + money + ".";
        }
        String words = days + ": limit " + PlainWords.money(earned.limit()) + "; " + money + "; "
                + PlainWords.money(earned.headroom().orElseThrow()) + " left";
        if (earned.minutesLimit() != null) {
            words += "; " + PlainWords.duration(Duration.ofMinutes(earned.activity().minutes()))
                    + " worked of under " + PlainWords.duration(Duration.ofMinutes(earned.minutesLimit()));
        }
        return words + (earned.overLimit() ? ". Over the limit." : earned.nearLimit() ? ". Near the limit." : ".");
    }

    public List<String> getKindChoices() {
        return Arrays.stream(LimitKind.values()).map(Enum::name).toList();
    }

    public String kindWords(String choice) {
        return switch (LimitKind.valueOf(choice)) {
            case ESA_PERMITTED_WORK -> "ESA permitted work (weekly, and hours count)";
            case UC_ASSESSMENT -> "Universal Credit (their monthly assessment period)";
            case CUSTOM -> "Another limit, agreed with their adviser";
        };
    }

    public List<String> getPeriodChoices() {
        return Arrays.stream(PeriodLength.values()).map(Enum::name).toList();
    }

    public String periodChoiceWords(String choice) {
        return PeriodLength.valueOf(choice) == PeriodLength.WEEK ? "A week" : "A month";
    }

    public boolean choseKind(String choice) {
        return choice.equals(kind);
    }

    public boolean chosePeriod(String choice) {
        return choice.equals(period);
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public List<PeriodEarnings> getPeriods() {
        return periods;
    }

    public String getAmount() {
        return amount;
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public String getEffectiveFrom() {
        return effectiveFrom;
    }
}
