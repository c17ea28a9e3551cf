package coop.market.web.faces;

import coop.market.application.CardPaymentService;
import coop.market.application.CardPaymentSteps;
import coop.market.application.CreditNoteService;
import coop.market.application.InvoiceService;
import coop.market.application.NewCreditNote;
import coop.market.application.NewRefund;
import coop.market.application.PlainWords;
import coop.market.domain.account.Actor;
import coop.market.domain.cardpayment.CardPayment;
import coop.market.domain.invoicing.CreditNote;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.InvoiceLine;
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
 * Putting an invoice right, on the staff invoice page: its credit notes and card payments, a form to credit
 * unpaid amounts off a line, and a form to refund a card payment through Stripe. Like the payment form,
 * each button is a plain submit read by the view action, and what was typed stays when something is wrong.
 */
@Named
@RequestScoped
public class InvoiceCorrectionsView {

    @Inject
    InvoiceService invoices;

    @Inject
    CreditNoteService creditNotes;

    @Inject
    CardPaymentService cards;

    @Inject
    CardPaymentSteps cardPayments;

    @Inject
    SignedIn signedIn;

    /** The page this sits on, which has the invoice's id (from the address, and kept on a postback). */
    @Inject
    StaffInvoiceView page;

    private Invoice invoice;
    private List<CreditNote> notes = List.of();
    private List<CardPayment> attempts = List.of();
    private List<FieldError> errors = List.of();
    private String creditLine;
    private String creditAmount;
    private String creditReason;
    private String refundAmount;
    private String refundReason;

    public void load() throws IOException {
        Optional<Actor> staff = signedIn.actor().filter(Actor::isStaff);
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> form = faces.getExternalContext().getRequestParameterMap();
        String id = page.getId();
        if (staff.isEmpty() || id == null) {
            return;
        }
        if (faces.isPostback() && "credit".equals(form.get("act")) && credit(id, form, staff.get())) {
            return;
        }
        if (faces.isPostback() && "refund".equals(form.get("act")) && refund(id, form, staff.get())) {
            return;
        }
        try {
            invoice = invoices.get(id, staff.get());
        } catch (NotFoundException e) {
            return;
        }
        notes = creditNotes.ofInvoice(invoice);
        attempts = cardPayments.ofInvoice(invoice);
    }

    /** True when the page has been answered with a redirect. */
    private boolean credit(String id, Map<String, String> form, Actor staff) throws IOException {
        creditLine = form.get("creditLine");
        creditAmount = form.get("creditAmount");
        creditReason = form.get("creditReason");
        Long pence = Pounds.toPence(creditAmount);
        if (pence == null) {
            errors = List.of(new FieldError("creditAmount", "Enter an amount in pounds, like 12.50"));
            return false;
        }
        try {
            creditNotes.issue(id, new NewCreditNote(List.of(new NewCreditNote.Line(creditLine, pence, null)),
                    creditReason), staff);
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(InvoiceCorrectionsView::onCreditForm).toList();
            return false;
        } catch (ConflictException e) {
            errors = List.of(new FieldError("creditAmount", e.getMessage()));
            return false;
        }
        Answers.redirect(StaffInvoiceView.PAGE + "?id=" + Answers.encoded(id) + "&said=credited");
        return true;
    }

    private static FieldError onCreditForm(FieldError error) {
        String field = error.field();
        String onPage = field.endsWith("invoiceLineId") || field.equals("lines") ? "creditLine"
                : field.equals("reason") ? "creditReason" : "creditAmount";
        return new FieldError(onPage, error.message());
    }

    /** True when the page has been answered with a redirect. */
    private boolean refund(String id, Map<String, String> form, Actor staff) throws IOException {
        refundAmount = form.get("refundAmount");
        refundReason = form.get("refundReason");
        Long pence = Pounds.toPence(refundAmount);
        if (pence == null) {
            errors = List.of(new FieldError("refundAmount", "Enter an amount in pounds, like 12.50"));
            return false;
        }
        try {
            cards.refund(id, new NewRefund(pence, null, refundReason), staff);
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(error -> new FieldError(
                    error.field().equals("reason") ? "refundReason" : "refundAmount", error.message())).toList();
            return false;
        } catch (ConflictException | coop.market.domain.cardpayment.CardProcessorException e) {
            errors = List.of(new FieldError("refundAmount", e.getMessage()));
            return false;
        }
        Answers.redirect(StaffInvoiceView.PAGE + "?id=" + Answers.encoded(id) + "&said=refund");
        return true;
    }

    /** Lines with something still unpaid: only those can be credited (paid money is refunded instead). */
    public List<InvoiceLine> getCreditableLines() {
        return invoice == null ? List.of()
                : invoice.lines().stream().filter(line -> line.outstanding().isPositive()).toList();
    }

    public String lineChoice(InvoiceLine line) {
        return "Line " + line.lineNo() + ": " + line.description() + " (" + line.memberName() + "), "
                + PlainWords.money(line.outstanding()) + " unpaid";
    }

    /** Card payments can be refunded when Stripe is set up and some card money is left to give back. */
    public boolean isRefundable() {
        return cards.enabled() && attempts.stream().anyMatch(attempt -> attempt.refundable().isPositive());
    }

    public String attemptWords(CardPayment attempt) {
        String words = PlainWords.money(attempt.amount()) + ": " + switch (attempt.status()) {
            case OPEN -> "waiting for the customer to pay";
            case FAILED -> "declined (" + attempt.failure() + ")";
            case SUCCEEDED -> "paid";
        };
        Money refunded = attempt.refunded();
        return refunded.isPositive() ? words + ", " + PlainWords.money(refunded) + " refunded" : words;
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public boolean chose(InvoiceLine line) {
        return line.id().equals(creditLine);
    }

    public List<CreditNote> getNotes() {
        return notes;
    }

    public List<CardPayment> getAttempts() {
        return attempts;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getCreditAmount() {
        return creditAmount;
    }

    public String getCreditReason() {
        return creditReason;
    }

    public String getRefundAmount() {
        return refundAmount;
    }

    public String getRefundReason() {
        return refundReason;
    }
}
