package coop.market.web.faces;

import coop.market.application.CooperativeService;
import coop.market.application.CustomerService;
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
    InvoiceRunner runner;

    @Inject
    CustomerService customers;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    private String customer;
    private String periodEnd;
    private List<FieldError> errors = List.of();
    private String run;
    private InvoiceRunService.Preview preview;
    private List<PreviewRow> previewRows = List.of();

    /** How many customers the preview lists; the totals count them all. */
    static final int PREVIEW_ROWS = 20;

    /** One customer in the preview: who, how many lines, what they come to. */
    public record PreviewRow(String customer, int lines, String total) implements Serializable {
    }

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
        String act = faces.isPostback() ? parameters.get("act") : null;
        if ("preview".equals(act) || "issue".equals(act)) {
            periodEnd = parameters.get("periodEnd");
            try {
                if ("issue".equals(act)) {
                    // Checked here, so a wrong day is said on the page rather than stopping the run unseen.
                    runs.periodEnd(periodEnd);
                    Answers.redirect(PAGE + "?run=" + runner.start(periodEnd, staff.get()));
                    return;
                }
                preview = runs.preview(periodEnd, staff.get());
            } catch (InvalidInputException e) {
                errors = e.errors();
                return;
            }
            previewRows = preview.customers().stream().limit(PREVIEW_ROWS)
                    .map(work -> new PreviewRow(customers.get(work.customerId()).name(), work.lines(),
                            PlainWords.money(work.total()))).toList();
        } else if (periodEnd == null) {
            periodEnd = cooperative.today().minusDays(1).toString();
        }
    }

    private Actor staff() {
        return signedIn.actor().orElse(null);
    }

    /** The run this page is watching, or null. */
    public InvoiceRunner.RunProgress getProgress() {
        return runner.progress(run).orElse(null);
    }

    /** When the watched run has finished: what it did, in words. */
    public String getRunWords() {
        InvoiceRunner.RunProgress watched = getProgress();
        if (watched == null || !watched.isOver()) {
            return null;
        }
        if (watched.isStopped()) {
            return "The run stopped before it finished. Nothing was invoiced twice: run invoicing again.";
        }
        InvoiceRunService.Result result = watched.getResult();
        int count = result.invoiceIds().size();
        String issued = count == 0 ? "There was nothing to invoice."
                : (count == 1 ? "1 invoice was issued" : count + " invoices were issued")
                        + " and e-mailed to the customers.";
        return result.notInvoiced().isEmpty() ? issued : issued + " " + result.notInvoiced().size()
                + " customers could not be invoiced this time; run invoicing again later.";
    }

    public InvoiceRunService.Preview getPreview() {
        return preview;
    }

    /** "£1,234.00", or nothing to invoice. */
    public String getPreviewTotal() {
        return preview == null ? null : preview.total().map(PlainWords::money).orElse("£0.00");
    }

    public List<PreviewRow> getPreviewRows() {
        return previewRows;
    }

    public String getRun() {
        return run;
    }

    public void setRun(String run) {
        this.run = run;
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
}
