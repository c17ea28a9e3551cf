package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.InvoicePostings;
import coop.market.domain.invoicing.Invoices;
import coop.market.domain.invoicing.LineShare;
import coop.market.domain.invoicing.Payment;
import coop.market.domain.invoicing.PaymentMethod;
import coop.market.domain.invoicing.Payments;
import coop.market.domain.ledger.Account;
import coop.market.domain.ledger.Ledger;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.Money;
import coop.market.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Money received against invoices. Staff record bank transfers, cash and cheques, whole or in part.
 * Each payment, in one database transaction: the invoice (locked) takes it off what is due and moves
 * to part paid or paid; the ledger moves it from the customer's receivable to the bank; and each
 * member's share of it moves from billed work to what the co-op holds for them (their payable).
 */
@ApplicationScoped
@Transactional
public class PaymentService {

    @Inject
    Invoices invoices;

    @Inject
    Payments payments;

    @Inject
    Ledger ledger;

    @Inject
    CooperativeService cooperative;

    @Inject
    Clock clock;

    public Payment record(String invoiceId, NewPayment request, Actor actor) {
        Permissions.requireStaff(actor, "record payments");
        Invoice invoice = invoices.lock(invoiceId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
        FieldErrors errors = new FieldErrors();
        PaymentMethod method = offlineMethod(request.method(), errors);
        Money amount = amount(request, invoice, errors);
        LocalDate receivedOn = receivedOn(request.receivedOn(), errors);
        errors.optionalText("reference", request.reference(), 100);
        errors.throwIfAny();
        List<LineShare> shares;
        try {
            shares = invoice.recordPayment(amount);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ConflictException("payment-not-due", e.getMessage());
        }
        Payment payment = new Payment(Ids.newId(), invoice.id(), method, amount, receivedOn,
                request.reference() == null || request.reference().isBlank() ? null : request.reference().strip(),
                clock.instant(), actor.email());
        payments.add(payment);
        ledger.post(InvoicePostings.paid(invoice, "payment.received", payment.id(), amount, Account.BANK, shares,
                Ids.newId(), clock.instant()));
        return payment;
    }

    /** An invoice's payments, for staff and the invoice's customer. */
    public List<Payment> ofInvoice(Invoice visibleInvoice) {
        return payments.ofInvoice(visibleInvoice.id());
    }

    private static PaymentMethod offlineMethod(String text, FieldErrors errors) {
        try {
            PaymentMethod method = PaymentMethod.valueOf(String.valueOf(text).strip().toUpperCase(Locale.ROOT));
            if (method.offline()) {
                return method;
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        errors.add("method", "Use BANK_TRANSFER, CASH or CHEQUE");
        return null;
    }

    private static Money amount(NewPayment request, Invoice invoice, FieldErrors errors) {
        if (request.amountMinor() == null || request.amountMinor() <= 0) {
            errors.add("amount.minor", "Enter an amount above nothing, in pence");
            return null;
        }
        String currency = invoice.total().currency().getCurrencyCode();
        if (request.currency() != null && !request.currency().strip().equalsIgnoreCase(currency)) {
            errors.add("amount.currency", "The invoice is in " + currency);
            return null;
        }
        return Money.ofMinor(request.amountMinor(), currency);
    }

    private LocalDate receivedOn(String text, FieldErrors errors) {
        LocalDate day = errors.date("receivedOn", text, true);
        if (day != null && day.isAfter(cooperative.today())) {
            errors.add("receivedOn", "A payment cannot arrive after today");
        }
        return day;
    }
}
