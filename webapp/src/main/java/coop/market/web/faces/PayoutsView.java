package coop.market.web.faces;

import coop.market.application.CooperativeService;
import coop.market.application.MemberService;
import coop.market.application.PayoutRunService;
import coop.market.application.PlainWords;
import coop.market.domain.account.Actor;
import coop.market.domain.payout.PayoutRun;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.web.security.SignedIn;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;

/**
 * Pay-out runs for staff: make a run up to a day (a draft of each member's share of money received and not yet
 * paid out, less the co-op's contribution), and the runs, newest first. A run with nobody to pay is cancelled at
 * once, so it does not stand in the way of the next one, and the page says whose money is held and why. The
 * button is a plain submit button read by the view action, like the invoicing page's.
 */
@Named
@ViewScoped
public class PayoutsView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/staff/payouts.xhtml";

    /** Runs a page of the table shows; each is summed from its pay-outs. */
    static final int ROWS = 10;

    @Inject
    PayoutRunService runs;

    @Inject
    MemberService members;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    /** One run as the table shows it. */
    public record RunRow(String id, String periodEnd, String status, int members, String totalNet,
            String contributions) implements Serializable {
    }

    private String periodEnd;
    private List<FieldError> errors = List.of();
    private String nothingToPay;
    private List<HeldRow> held = List.of();
    private OpenPayoutRun open;

    private final LazyDataModel<RunRow> rows = new PagedRows<>(() -> runs.runs(staff()).size(),
            (offset, limit) -> page(offset, limit), RunRow::id);

    /** Staff only; makes a run when its button was pressed. */
    public void load() throws IOException {
        Optional<Actor> staff = signedIn.actor().filter(Actor::isStaff);
        if (staff.isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        if (faces.isPostback() && "make".equals(parameters.get("act"))) {
            periodEnd = parameters.get("periodEnd");
            if (make(staff.get())) {
                return;
            }
        } else if (periodEnd == null) {
            // Money received up to the end of yesterday, as invoicing: today's is still coming in.
            periodEnd = cooperative.today().minusDays(1).toString();
        }
        open = OpenPayoutRun.find(runs, staff.get());
    }

    /** True when the page has been answered with a redirect. */
    private boolean make(Actor staff) throws IOException {
        errors = List.of();
        nothingToPay = null;
        held = List.of();
        PayoutRunService.RunView made;
        try {
            made = runs.create(periodEnd, staff);
        } catch (InvalidInputException e) {
            errors = e.errors();
            return false;
        } catch (ConflictException e) {
            // Another run is open: the notice above the form links to it.
            errors = List.of(new FieldError("periodEnd", "payout-run-open".equals(e.kind())
                    ? "Another pay-out run is not finished yet. Pay it or cancel it before you make a new one."
                    : e.getMessage()));
            return false;
        }
        if (made.payouts().isEmpty()) {
            runs.cancel(made.run().id(), staff);
            nothingToPay = "Nobody can be paid for money received up to and including "
                    + PlainWords.date(made.run().periodEnd()) + ", so no run was kept.";
            held = HeldRow.of(made.held(), members);
            return false;
        }
        Answers.redirect(PayoutRunView.PAGE + "?id=" + Answers.encoded(made.run().id()) + "&said=made");
        return true;
    }

    private List<RunRow> page(int offset, int limit) {
        List<PayoutRun> all = runs.runs(staff());
        return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)).stream()
                .map(run -> row(runs.get(run.id(), staff()))).toList();
    }

    private static RunRow row(PayoutRunService.RunView view) {
        PayoutRun run = view.run();
        return new RunRow(run.id(), PlainWords.shortDate(run.periodEnd()), PayoutWords.of(run.status()),
                view.payouts().size(), PlainWords.money(view.totalNet()), PlainWords.money(view.totalContribution()));
    }

    private Actor staff() {
        return signedIn.actor().orElse(null);
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public LazyDataModel<RunRow> getRows() {
        return rows;
    }

    public int getRowsShown() {
        return ROWS;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public String getNothingToPay() {
        return nothingToPay;
    }

    public List<HeldRow> getHeld() {
        return held;
    }

    public OpenPayoutRun getOpen() {
        return open;
    }
}
