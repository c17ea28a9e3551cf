package coop.market.web.faces;

import coop.market.application.CooperativeService;
import coop.market.application.InvoiceRunService;
import coop.market.application.InvoiceService;
import coop.market.application.PlainWords;
import coop.market.domain.account.Actor;
import coop.market.domain.invoicing.InvoiceSummary;
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
 * Invoices for staff: run invoicing up to a day (one invoice per customer for everything done and not
 * yet invoiced), and the invoices, newest first, paged in the database, optionally one customer's.
 * The run button is a plain submit button read by the view action.
 */
@Named
@ViewScoped
public class InvoicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/staff/invoices.xhtml";


    @Inject
    InvoiceService invoices;

    @Inject
    InvoiceRunService runs;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    private String customer;
    private String said;
    private String count;
    private String periodEnd;
    private List<FieldError> errors = List.of();

    private final LazyDataModel<InvoiceSummary> rows = new PagedRows<>(() -> invoices.count(customer, staff()),
            (offset, limit) -> invoices.summaries(customer, offset, limit, staff()), InvoiceSummary::id);

    /** Staff only; runs invoicing when its button was pressed. */
    public void load() throws IOException {
        Optional<Actor> staff = signedIn.actor().filter(Actor::isStaff);
        if (staff.isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        if (faces.isPostback() && "run".equals(parameters.get("act"))) {
            periodEnd = parameters.get("periodEnd");
            try {
                InvoiceRunService.Result result = runs.run(periodEnd, staff.get());
                Answers.redirect(PAGE + "?said=ran&count=" + result.invoiceIds().size()
                        + (result.notInvoiced().isEmpty() ? "" : "&failed=" + result.notInvoiced().size()));
            } catch (InvalidInputException e) {
                errors = e.errors();
            }
        } else if (periodEnd == null) {
            periodEnd = cooperative.today().minusDays(1).toString();
        }
    }

    private Actor staff() {
        return signedIn.actor().orElse(null);
    }

    public String getNoticeText() {
        if (!"ran".equals(said)) {
            return null;
        }
        String issued = "1".equals(count) ? "1 invoice was issued." : count + " invoices were issued.";
        String failed = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("failed");
        return failed == null ? issued
                : issued + " " + failed + " customers could not be invoiced this time; run invoicing again later.";
    }

    public String getHeading() {
        return customer == null || customer.isBlank() ? "All invoices" : "One customer's invoices";
    }

    public String day(InvoiceSummary row) {
        return PlainWords.shortDate(row.issueDate());
    }

    public String due(InvoiceSummary row) {
        return PlainWords.shortDate(row.dueDate());
    }

    public String status(InvoiceSummary row) {
        return InvoiceWords.of(row.status(), row.dueDate(), cooperative.today());
    }

    public String money(InvoiceSummary row, boolean stillDue) {
        return PlainWords.money(stillDue ? row.amountDue() : row.total());
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public LazyDataModel<InvoiceSummary> getRows() {
        return rows;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getSaid() {
        return said;
    }

    public void setSaid(String said) {
        this.said = said;
    }

    public String getCount() {
        return count;
    }

    public void setCount(String count) {
        this.count = count;
    }
}
