package coop.market.web.faces;

import coop.market.application.CardPaymentService;
import coop.market.application.CooperativeService;
import coop.market.application.CoopContact;
import coop.market.application.HowToPay;
import coop.market.application.InvoiceService;
import coop.market.application.PlainWords;
import coop.market.domain.account.Actor;
import coop.market.domain.cardpayment.CardPayment;
import coop.market.domain.coop.PayeeAccount;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/**
 * Paying one of the customer's invoices by card: what is due, and Stripe's own payment form (Stripe.js's Payment
 * Element, mounted by {@code js/pay.js} with the PaymentIntent's client secret), so card details go to Stripe and
 * never through this server. Stripe brings the browser back here ({@code returned}); the invoice is marked paid
 * when Stripe's webhook says the money arrived, not because the browser came back. Without card payments the page
 * says how else to pay.
 */
@Named
@RequestScoped
public class AccountPayView {

    static final String PAGE = "/account/pay.xhtml";

    /** The {@code after} parameter when the customer pays for an order straight after checkout. */
    static final String AFTER_CHECKOUT = "checkout";

    @Inject
    AccountGate gate;

    @Inject
    InvoiceService invoices;

    @Inject
    CardPaymentService cardPayments;

    @Inject
    CardPaymentsOffer offer;

    @Inject
    CooperativeService cooperative;

    private String invoiceId;
    private String after;
    private String returned;
    private Invoice invoice;
    private CardPayment payment;
    private String problem;

    public void load() throws IOException {
        Optional<Actor> customer = gate.customer(PAGE + "?invoice="
                + (invoiceId == null ? "" : Answers.encoded(invoiceId)) + (isAfterCheckout() ? "&after=" + after : ""));
        if (customer.isEmpty()) {
            return;
        }
        try {
            invoice = invoiceId == null ? null : invoices.get(invoiceId, customer.get());
        } catch (NotFoundException e) {
            invoice = null;
        }
        if (invoice == null) {
            AccountGate.notFound();
            return;
        }
        if (isReturned() || !invoice.amountDue().isPositive() || !offer.offered()) {
            return;
        }
        try {
            payment = cardPayments.start(invoice.id(), invoice.number(), customer.get());
        } catch (ConflictException e) {
            problem = e.getMessage();
        }
    }

    public boolean isShown() {
        return invoice != null;
    }

    /** Stripe has sent the browser back after the card form was sent. */
    public boolean isReturned() {
        return returned != null;
    }

    public boolean isDue() {
        return invoice.amountDue().isPositive();
    }

    /** The card form can be shown: card payments are on and the payment is waiting at Stripe. */
    public boolean isCardForm() {
        return payment != null && payment.clientSecret() != null && !isReturned();
    }

    public String getAmountDue() {
        return PlainWords.money(invoice.amountDue());
    }

    public String getTotal() {
        return PlainWords.money(invoice.total());
    }

    public String getDueDate() {
        return PlainWords.date(invoice.dueDate());
    }

    public String getStatus() {
        return InvoiceWords.of(invoice.status(), invoice.dueDate(), cooperative.today());
    }

    public String getClientSecret() {
        return payment.clientSecret();
    }

    public String getPublishableKey() {
        return offer.publishableKey().orElse("");
    }

    /** Where Stripe sends the browser back to, as a full address: the confirmation after checkout, else here. */
    public String getReturnUrl() {
        return SiteAddress.of(FacesContext.getCurrentInstance().getExternalContext()) + (isAfterCheckout()
                ? ConfirmationView.PAGE + "?paid=card"
                : PAGE + "?invoice=" + Answers.encoded(invoice.id()) + "&returned=card");
    }

    /** The customer came straight from checkout to pay for their order. */
    public boolean isAfterCheckout() {
        return AFTER_CHECKOUT.equals(after);
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    /**
     * How to pay without a card: by bank transfer quoting the number, into the co-op's account once it has given
     * it; until then the co-op gives its details when asked.
     */
    public String getOtherWays() {
        Optional<PayeeAccount> account = cooperative.bankAccount();
        String transfer = "You can pay " + HowToPay.byTransfer(account, invoice.number()) + ".";
        if (account.isPresent()) {
            return transfer;
        }
        CoopContact contact = cooperative.contact();
        return transfer + " For our bank details, e-mail " + contact.email() + (contact.phone() == null
                || contact.phone().isBlank() ? "" : " or call " + contact.phone()) + ".";
    }

    /** Why the card form cannot be shown (too small an amount for a card, say), or null. */
    public String getProblem() {
        return problem;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public String getInvoiceId() {
        return invoiceId;
    }

    public void setInvoiceId(String invoiceId) {
        this.invoiceId = invoiceId;
    }

    /** The {@code returned} parameter Stripe's return address carries. */
    public String getBack() {
        return returned;
    }

    public void setBack(String returned) {
        this.returned = returned;
    }
}
