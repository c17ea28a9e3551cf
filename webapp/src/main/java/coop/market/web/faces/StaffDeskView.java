package coop.market.web.faces;

import coop.market.application.BookingService;
import coop.market.application.CooperativeService;
import coop.market.application.EarningsWarnings;
import coop.market.application.InvoiceService;
import coop.market.application.IncomeReport;
import coop.market.application.PayoutRunService;
import coop.market.application.PlainWords;
import coop.market.application.StaffDeskService;
import coop.market.application.StaffDeskService.Row;
import coop.market.domain.account.Actor;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.domain.invoicing.InvoiceSummary;
import coop.market.domain.shared.Money;
import coop.market.web.security.SignedIn;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;

/**
 * The staff desk: requests waiting for an answer (a PrimeFaces table paged in the database) with
 * Accept and Decline on the member's behalf, and today's jobs. Like the member portal, the answer
 * buttons are plain submit buttons naming their booking, handled by the page's view action.
 */
@Named
@ViewScoped
public class StaffDeskView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What each answer button does. */
    private static final Map<String, BookingService.Action> WORDS = Map.of(
            "accept", BookingService.Action.CONFIRM, "decline", BookingService.Action.DECLINE);

    static final String PAGE = "/staff/index.xhtml";

    @Inject
    StaffDeskService desk;

    @Inject
    BookingService bookings;

    @Inject
    SignedIn signedIn;

    @Inject
    CooperativeService cooperative;

    @Inject
    InvoiceService invoices;

    @Inject
    EarningsWarnings warnings;

    @Inject
    PayoutRunService payoutRuns;

    @Inject
    IncomeReport income;

    /** A week of the month's income, with its bar's length as a share of the biggest week. */
    public record IncomeRow(String days, String received, int percent) implements Serializable {
    }

    /** A member near their earnings limit, in words for the desk. */
    public record NearLimitRow(String memberId, String memberName, String words) implements Serializable {

        static NearLimitRow of(EarningsWarnings.NearLimit near) {
            PeriodEarnings period = near.period();
            return new NearLimitRow(near.memberId(), near.memberName(), PlainWords.shortDate(period.period().start())
                    + " to " + PlainWords.shortDate(period.period().end()) + ": " + PlainWords.money(period.forecast())
                    + " forecast of a " + PlainWords.money(period.limit()) + " limit, "
                    + PlainWords.money(period.headroom().orElseThrow()) + " left");
        }
    }

    /** How many overdue invoices the desk lists; the rest are on the invoices page. */
    static final int OVERDUE_SHOWN = 10;

    private String said;
    private List<Row> today = List.of();
    private List<InvoiceSummary> overdue = List.of();
    private List<NearLimitRow> nearLimit = List.of();
    private OpenPayoutRun openPayoutRun;
    private List<IncomeRow> incomeRows = List.of();
    private String incomeTotal;
    private String incomeMonth;
    private final LazyDataModel<Row> waiting = new PagedRows<>(
            () -> desk.countWaiting(signedIn.actor().orElse(null)),
            (offset, limit) -> desk.waiting(offset, limit, signedIn.actor().orElse(null)), Row::bookingId);

    /** Staff only; does what an answer button asks, or shows the desk. */
    public void load() throws IOException {
        Optional<Actor> staff = signedIn.actor().filter(Actor::isStaff);
        if (staff.isEmpty()) {
            redirect("/sign-in.xhtml?next=" + PAGE);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String answer = faces.getExternalContext().getRequestParameterMap().get("answer");
        if (faces.isPostback() && answer != null) {
            answer(answer, staff.get());
            return;
        }
        if (!faces.getPartialViewContext().isAjaxRequest()) {
            today = desk.today(staff.get());
            overdue = invoices.overdue(0, OVERDUE_SHOWN, staff.get());
            nearLimit = warnings.nearLimitToday().stream().map(NearLimitRow::of).toList();
            openPayoutRun = OpenPayoutRun.find(payoutRuns, staff.get());
            showIncome(income.thisMonth(staff.get()));
        }
    }

    private void showIncome(IncomeReport.MonthIncome month) {
        Money most = month.weeks().stream().map(IncomeReport.Week::received).max(Money::compareTo)
                .orElse(month.total());
        incomeRows = month.weeks().stream().map(week -> new IncomeRow(week.from().getDayOfMonth() + " to "
                + PlainWords.shortDate(week.to()), PlainWords.money(week.received()),
                ChartBars.percent(week.received(), most))).toList();
        incomeTotal = PlainWords.money(month.total());
        incomeMonth = month.month().getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
    }

    public List<IncomeRow> getIncomeRows() {
        return incomeRows;
    }

    public String getIncomeTotal() {
        return incomeTotal;
    }

    public String getIncomeMonth() {
        return incomeMonth;
    }

    private void answer(String answer, Actor staff) throws IOException {
        redirect(PAGE + "?said=" + Answers.carryOut(answer, WORDS, bookings, staff));
    }

    private static void redirect(String to) throws IOException {
        Answers.redirect(to);
    }

    public String getNoticeText() {
        if (said == null) {
            return null;
        }
        return switch (said) {
            case "accept" -> "Accepted for the member. The customer and the member have been e-mailed.";
            case "decline" -> "Declined for the member. The customer and the member have been e-mailed.";
            case Answers.GONE -> "That request had already been answered or has lapsed.";
            case Answers.OVER_LIMIT -> "Not accepted: the work would take the member over their earnings limit."
                    + " To go ahead, confirm it with an override and a reason (POST /api/v1/bookings/{id}/confirm).";
            default -> null;
        };
    }

    /** "Tuesday 9 March 2027, 9am to 11am". */
    public String when(Row row) {
        return PlainWords.when(row.start(), row.end(), zone());
    }

    /** "Tuesday 9 March 2027 at 9am", or a dash. */
    public String expires(Row row) {
        return row.expiresAt() == null ? "-" : PlainWords.at(row.expiresAt(), zone());
    }

    /** "9am to 11am". */
    public String hours(Row row) {
        ZoneId zone = zone();
        return PlainWords.time(row.start().atZone(zone).toLocalTime()) + " to "
                + PlainWords.time(row.end().atZone(zone).toLocalTime());
    }

    private ZoneId zone() {
        return cooperative.zone();
    }

    public LazyDataModel<Row> getWaiting() {
        return waiting;
    }

    public List<InvoiceSummary> getOverdue() {
        return overdue;
    }

    /** "Due 7 Dec 2026: £8.00 still to pay". */
    public String overdueWords(InvoiceSummary invoice) {
        return "Due " + PlainWords.shortDate(invoice.dueDate()) + ": " + PlainWords.money(invoice.amountDue())
                + " still to pay";
    }

    /** Members whose forecast for their current period has reached 80% of their earnings limit. */
    public List<NearLimitRow> getNearLimit() {
        return nearLimit;
    }

    /** The pay-out run waiting to be approved or paid, or null. */
    public OpenPayoutRun getOpenPayoutRun() {
        return openPayoutRun;
    }

    public List<Row> getToday() {
        return today;
    }

    public String getSaid() {
        return said;
    }

    public void setSaid(String said) {
        this.said = said;
    }
}
