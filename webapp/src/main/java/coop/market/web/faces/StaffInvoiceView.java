package coop.market.web.faces;

import coop.market.application.CooperativeService;
import coop.market.application.CustomerService;
import coop.market.application.InvoiceService;
import coop.market.application.NewPayment;
import coop.market.application.PaymentService;
import coop.market.application.PlainWords;
import coop.market.domain.account.Actor;
import coop.market.domain.customer.Customer;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.InvoiceLine;
import coop.market.domain.invoicing.Payment;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.Money;
import coop.market.domain.shared.NotFoundException;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One invoice for staff: the customer, the dates, each line with the member it was supplied on behalf
 * of, the payments so far, and a form to record a bank transfer, cash or a cheque. The form's button
 * is a plain submit button read by the view action; what was typed stays when something is wrong.
 */
@Named
@RequestScoped
public class StaffInvoiceView {

    static final String PAGE = "/staff/invoice.xhtml";

    @Inject
    InvoiceService invoices;

    @Inject
    PaymentService payments;

    @Inject
    CustomerService customers;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    private String id;
    private String said;
    private Invoice invoice;
    private Customer customer;
    private List<Payment> received = List.of();
    private List<FieldError> errors = List.of();
    private String method = "BANK_TRANSFER";
    private String amount;
    private String receivedOn;
    private String reference;

    public void load() throws IOException {
        Optional<Actor> staff = signedIn.actor().filter(Actor::isStaff);
        if (staff.isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE + (id == null ? "" : "?id=" + Answers.encoded(id)));
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        if (faces.isPostback() && "pay".equals(parameters.get("act")) && pay(parameters, staff.get())) {
            return;
        }
        try {
            invoice = invoices.get(id, staff.get());
        } catch (NotFoundException e) {
            invoice = null;
            return;
        }
        customer = customers.get(invoice.customerId());
        received = payments.ofInvoice(invoice);
        if (receivedOn == null) {
            receivedOn = cooperative.today().toString();
        }
    }

    /** True when the page has been answered with a redirect. */
    private boolean pay(Map<String, String> form, Actor staff) throws IOException {
        method = form.get("method");
        amount = form.get("amount");
        receivedOn = form.get("receivedOn");
        reference = form.get("reference");
        Long pence = Pounds.toPence(amount);
        if (pence == null) {
            errors = List.of(new FieldError("amount", "Enter an amount in pounds, like 12.50"));
            return false;
        }
        try {
            payments.record(id, new NewPayment(method, pence, null, receivedOn, reference), staff);
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(error -> error.field().startsWith("amount")
                    ? new FieldError("amount", error.message()) : error).toList();
            return false;
        } catch (ConflictException e) {
            errors = List.of(new FieldError("amount", e.getMessage()));
            return false;
        }
        Answers.redirect(PAGE + "?id=" + Answers.encoded(id) + "&said=paid");
        return true;
    }

    public String getNoticeText() {
        if (said == null) {
            return null;
        }
        return switch (said) {
            case "paid" -> "The payment is recorded. The members' shares are now held for them.";
            case "credited" -> "The credit note is issued and e-mailed to the customer.";
            case "refund" -> "Stripe has been asked for the refund. The credit note follows when Stripe confirms it.";
            default -> null;
        };
    }

    public String getStatus() {
        return InvoiceWords.of(invoice.status(), invoice.dueDate(), cooperative.today());
    }

    public String day(java.time.LocalDate date) {
        return PlainWords.shortDate(date);
    }

    public String money(Money money) {
        return PlainWords.money(money);
    }

    public String quantity(InvoiceLine line) {
        return line.quantity().stripTrailingZeros().toPlainString();
    }

    public String method(Payment payment) {
        return switch (payment.method()) {
            case BANK_TRANSFER -> "Bank transfer";
            case CASH -> "Cash";
            case CHEQUE -> "Cheque";
            case CARD -> "Card";
        };
    }

    public boolean isOpen() {
        return invoice != null && invoice.amountDue().isPositive();
    }

    public boolean chose(String choice) {
        return choice.equals(method);
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public boolean isFound() {
        return invoice != null;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public Customer getCustomer() {
        return customer;
    }

    public List<Payment> getPayments() {
        return received;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getAmount() {
        return amount;
    }

    public String getReceivedOn() {
        return receivedOn;
    }

    public String getReference() {
        return reference;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSaid() {
        return said;
    }

    public void setSaid(String said) {
        this.said = said;
    }
}
