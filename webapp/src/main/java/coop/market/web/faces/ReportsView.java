package coop.market.web.faces;

import coop.market.application.PlainWords;
import coop.market.application.ReportService;
import coop.market.domain.account.Actor;
import coop.market.domain.report.ContributionIncome;
import coop.market.domain.report.EarningsByMember;
import coop.market.domain.report.ReportPeriod;
import coop.market.domain.shared.DateRange;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.statement.TaxYear;
import coop.market.web.security.SignedIn;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The staff's reports for a period they choose (this tax year unless they choose another, or a month): each
 * member's earnings as a bar chart beside its figures, the co-op's contribution income month by month, and the
 * tax year's exports. The sums are the report service's; this only puts them in words. The period is chosen with a
 * plain GET form, so a report's address can be kept and shared.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/staff/reports.xhtml";

    @Inject
    ReportService reports;

    @Inject
    SignedIn signedIn;

    /** A period to choose. */
    public record Choice(String key, String label) implements Serializable {
    }

    /** One member's earnings, with their bar's length as a share of the most any member earned. */
    public record EarnedRow(String memberId, String memberName, String earned, int percent) implements Serializable {
    }

    /** One month's contributions kept. */
    public record KeptRow(String month, String kept) implements Serializable {
    }

    private String period;
    private List<FieldError> errors = List.of();
    private List<Choice> choices = List.of();
    private String periodName;
    private String days;
    private int taxYear;
    private List<EarnedRow> earned = List.of();
    private String earnedTotal;
    private List<KeptRow> kept = List.of();
    private String keptTotal;

    /** Staff only; reads the report for the period chosen, or this tax year's when the choice is not one. */
    public void load() throws IOException {
        Optional<Actor> staff = signedIn.actor().filter(Actor::isStaff);
        if (staff.isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE);
            return;
        }
        choices = reports.periods(staff.get()).stream().map(ReportsView::choice).toList();
        ReportPeriod chosen;
        try {
            chosen = reports.period(period, staff.get());
        } catch (InvalidInputException e) {
            errors = e.errors();
            chosen = reports.period(null, staff.get());
        }
        period = chosen.key();
        show(reports.report(chosen, staff.get()));
    }

    private void show(ReportService.PeriodReport report) {
        ReportPeriod shown = report.period();
        periodName = shown.name();
        days = PlainWords.date(shown.days().from()) + " to " + PlainWords.date(shown.days().to());
        taxYear = shown.taxYear().startYear();
        EarningsByMember earnings = report.earnings();
        earned = earnings.members().stream().map(member -> new EarnedRow(member.memberId(), member.memberName(),
                PlainWords.money(member.earned()), ChartBars.percent(member.earned(), earnings.most()))).toList();
        earnedTotal = PlainWords.money(earnings.total());
        ContributionIncome contributions = report.contributions();
        kept = contributions.months().stream()
                .map(month -> new KeptRow(month(month.days()), PlainWords.money(month.kept()))).toList();
        keptTotal = PlainWords.money(contributions.total());
    }

    /** "This tax year, 2026-27", "2025-26 tax year", "December 2026". */
    private static Choice choice(ReportPeriod period) {
        return new Choice(period.key(), Character.toUpperCase(period.name().charAt(0)) + period.name().substring(1));
    }

    /** "April 2026", or the days of a month the period cuts: "6 to 30 April 2026". */
    private static String month(DateRange days) {
        boolean whole = days.from().getDayOfMonth() == 1
                && days.to().getDayOfMonth() == days.to().lengthOfMonth();
        String name = ReportPeriod.of(YearMonth.from(days.from())).name();
        return whole ? name : days.from().getDayOfMonth() + " to " + days.to().getDayOfMonth() + " " + name;
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public List<Choice> getChoices() {
        return choices;
    }

    /** "the 2026-27 tax year", "December 2026". */
    public String getPeriodName() {
        return periodName;
    }

    /** "6 April 2026 to 5 April 2027". */
    public String getDays() {
        return days;
    }

    /** The tax year the period is in: its exports and members' statements. */
    public TaxYear getTaxYear() {
        return new TaxYear(taxYear);
    }

    /** Every member's totals for the tax year, as the API's CSV file. */
    public String getTaxYearCsv() {
        return "/api/v1/reports/tax-year?taxYear=" + taxYear;
    }

    public List<EarnedRow> getEarned() {
        return earned;
    }

    public String getEarnedTotal() {
        return earnedTotal;
    }

    public List<KeptRow> getKept() {
        return kept;
    }

    public String getKeptTotal() {
        return keptTotal;
    }
}
