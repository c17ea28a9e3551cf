package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.cardpayment.CardEvent;
import coop.market.domain.cardpayment.CardIntent;
import coop.market.domain.cardpayment.CardPayment;
import coop.market.domain.cardpayment.CardPaymentStatus;
import coop.market.domain.cardpayment.CardPayments;
import coop.market.domain.cardpayment.CardRefund;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.invoicing.CreditNote;
import coop.market.domain.invoicing.CreditNotes;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.InvoicePostings;
import coop.market.domain.invoicing.Invoices;
import coop.market.domain.invoicing.LineShare;
import coop.market.domain.invoicing.Payment;
import coop.market.domain.invoicing.PaymentMethod;
import coop.market.domain.invoicing.Payments;
import coop.market.domain.ledger.Account;
import coop.market.domain.ledger.Entry;
import coop.market.domain.ledger.Ledger;
import coop.market.domain.ledger.LedgerTransaction;
import coop.market.domain.notification.Outbox;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.Money;
import coop.market.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The database side of card payments, each step one transaction, so that the calls to the processor
 * ({@link CardPaymentService}) happen between them and never inside one.
 */
@ApplicationScoped
@Transactional
public class CardPaymentSteps {

    /** What became of a webhook event. */
    public enum Outcome {
        HANDLED,
        DUPLICATE,
        NOT_OURS,
        /** Not signed by the processor (or too old): refused, nothing read. */
        NOT_SIGNED
    }

    @Inject
    CardPayments cardPayments;

    @Inject
    Invoices invoices;

    @Inject
    InvoiceService visibleInvoices;

    @Inject
    Payments payments;

    @Inject
    CreditNotes creditNotes;

    @Inject
    CreditNoteService creditNoteService;

    @Inject
    CustomerRepository customers;

    @Inject
    Ledger ledger;

    @Inject
    Outbox outbox;

    @Inject
    CooperativeService cooperative;

    @Inject
    Clock clock;

    /**
     * The attempt to pay what is due now: the open one for that amount if there is one (a second click pays
     * the same payment), or a new one.
     */
    public CardPayment openAttempt(String invoiceId, Actor actor) {
        Invoice visible = visibleInvoices.get(invoiceId, actor);
        if (actor.customer().filter(visible.customerId()::equals).isEmpty()) {
            throw new ConflictException("not-the-customer", "Only the customer pays their invoice by card");
        }
        Invoice invoice = invoices.lock(invoiceId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
        Money due = invoice.amountDue();
        if (!due.isPositive()) {
            throw new ConflictException("nothing-due", "Nothing is due on invoice " + invoice.number());
        }
        if (due.minor() < CardPayment.SMALLEST_MINOR) {
            throw new ConflictException("too-small-for-card", "Card payments start at 30p. Please pay "
                    + PlainWords.money(due) + " by bank transfer.");
        }
        List<CardPayment> attempts = cardPayments.ofInvoice(invoiceId);
        if (attempts.stream().anyMatch(attempt -> attempt.fromSavedCard()
                && attempt.status() == CardPaymentStatus.OPEN)) {
            throw new ConflictException("saved-card-charging", "We are taking " + PlainWords.money(due)
                    + " from your saved card now. The invoice shows it as paid within a few minutes.");
        }
        Optional<CardPayment> open = attempts.stream()
                .filter(attempt -> !attempt.fromSavedCard())
                .filter(attempt -> attempt.status() != CardPaymentStatus.SUCCEEDED && attempt.amount().equals(due))
                .findFirst();
        if (open.isPresent()) {
            return open.get();
        }
        CardPayment attempt = new CardPayment(Ids.newId(), invoiceId, due, clock.instant(), actor.email());
        cardPayments.add(attempt);
        return attempt;
    }

    public CardPayment link(String cardPaymentId, CardIntent intent) {
        CardPayment attempt = cardPayments.lock(cardPaymentId).orElseThrow();
        attempt.linkTo(intent);
        return attempt;
    }

    /** Records what staff asked to give back, before the processor is asked (its id is the key). */
    public CardRefund askRefund(String invoiceId, NewRefund request, Actor actor) {
        Permissions.requireStaff(actor, "refund card payments");
        Invoice invoice = invoices.lock(invoiceId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
        FieldErrors errors = new FieldErrors();
        errors.requireText("reason", request.reason(), CreditNoteService.MAX_REASON);
        String currency = invoice.total().currency().getCurrencyCode();
        if (request.currency() != null && !request.currency().strip().equalsIgnoreCase(currency)) {
            errors.add("amount.currency", "The invoice is in " + currency);
        }
        if (request.amountMinor() == null || request.amountMinor() <= 0) {
            errors.add("amount.minor", "Enter an amount above nothing, in pence");
        }
        errors.throwIfAny();
        Money amount = Money.ofMinor(request.amountMinor(), currency);
        CardPayment paid = cardPayments.ofInvoice(invoiceId).stream()
                .filter(attempt -> !amount.isGreaterThan(attempt.refundable().minus(pendingOn(attempt))))
                .findFirst()
                .orElseThrow(() -> new ConflictException("nothing-to-refund", "No card payment on invoice "
                        + invoice.number() + " has " + PlainWords.money(amount) + " left to refund"));
        CardRefund refund = new CardRefund(Ids.newId(), paid, amount, request.reason().strip(), clock.instant(),
                actor.email());
        cardPayments.add(refund);
        return refund;
    }

    public CardPayment cardPaymentOf(CardRefund refund) {
        return cardPayments.find(refund.cardPaymentId()).orElseThrow();
    }

    /** The processor refused the refund: forget it, so it is never matched to money that did go back. */
    public void dropRefund(String refundId) {
        cardPayments.dropPendingRefund(refundId);
    }

    private Money pendingOn(CardPayment attempt) {
        return cardPayments.pendingRefunds(attempt.id()).stream()
                .map(CardRefund::amount)
                .reduce(Money.zero(attempt.amount().currency()), Money::plus);
    }

    /**
     * Brings our records up to what the event says, once per event id. Events carry totals, so any order
     * ends in the same place: the money taken is recorded once, refunds are recorded up to what went back,
     * and a decline arriving after the payment changes nothing.
     */
    public Outcome apply(CardEvent event) {
        if (event.kind() == CardEvent.Kind.OTHER) {
            return Outcome.NOT_OURS;
        }
        Optional<CardPayment> found = cardPayments.lockByIntent(event.intentId());
        if (found.isEmpty()) {
            found = cardPayments.lock(event.cardPaymentId());
        }
        if (found.isEmpty()) {
            return Outcome.NOT_OURS;
        }
        CardPayment attempt = found.get();
        if (!cardPayments.firstDelivery(event.id(), event.kind().name(), clock.instant())) {
            return Outcome.DUPLICATE;
        }
        attempt.knownAs(event.intentId());
        switch (event.kind()) {
            case SUCCEEDED -> received(attempt, event);
            case FAILED -> attempt.declined(event.failure());
            case REFUNDED -> {
                received(attempt, event);
                refunded(attempt, event.amountRefunded());
            }
            default -> throw new IllegalStateException(event.kind().name());
        }
        return Outcome.HANDLED;
    }

    private void received(CardPayment attempt, CardEvent event) {
        if (!attempt.received().isZero() || event.amountReceived() <= 0) {
            attempt.receivedSoFar(event.amountReceived(), event.chargeId(), null);
            return;
        }
        Invoice invoice = invoices.lock(attempt.invoiceId()).orElseThrow();
        Money taken = Money.ofMinor(event.amountReceived(), attempt.amount().currency());
        Money due = invoice.amountDue();
        Money onInvoice = taken.isGreaterThan(due) ? due : taken;
        String paymentId = null;
        if (onInvoice.isPositive()) {
            List<LineShare> shares = invoice.recordPayment(onInvoice);
            Payment payment = new Payment(Ids.newId(), invoice.id(), PaymentMethod.CARD, onInvoice,
                    cooperative.today(), attempt.intentId(), clock.instant(), "stripe");
            payments.add(payment);
            paymentId = payment.id();
            ledger.post(InvoicePostings.paid(invoice, CardPayment.RECEIVED_EVENT, attempt.id(), onInvoice,
                    Account.CARD_CLEARING, shares, Ids.newId(), clock.instant()));
        }
        Money over = taken.minus(onInvoice);
        if (over.isPositive()) {
            // Paid on an old page after other money came in: held for the customer until staff give it back.
            ledger.post(new LedgerTransaction(Ids.newId(), clock.instant(), "card-payment.overpaid", attempt.id(),
                    "Overpaid on " + invoice.number(), List.of(Entry.debit(Account.CARD_CLEARING, over),
                            Entry.credit(Account.receivable(invoice.customerId()), over))));
        }
        attempt.receivedSoFar(event.amountReceived(), event.chargeId(), paymentId);
    }

    private void refunded(CardPayment attempt, long refundedSoFar) {
        Money back = attempt.refundedSoFar(refundedSoFar);
        if (!back.isPositive()) {
            return;
        }
        Invoice invoice = invoices.lock(attempt.invoiceId()).orElseThrow();
        List<CardRefund> asked = new ArrayList<>();
        long left = back.minor();
        for (CardRefund pending : cardPayments.pendingRefunds(attempt.id())) {
            if (pending.amount().minor() <= left) {
                asked.add(pending);
                left -= pending.amount().minor();
            }
        }
        String reason = asked.isEmpty() ? "Refunded to your card"
                : String.join("; ", asked.stream().map(CardRefund::reason).toList());
        List<LineShare> shares = invoice.refund(back);
        CreditNote note = new CreditNote(Ids.newId(), creditNoteService.nextNumber(), invoice, cooperative.today(),
                reason.substring(0, Math.min(reason.length(), CreditNoteService.MAX_REASON)), shares, true,
                clock.instant(), "stripe");
        creditNotes.add(note);
        asked.forEach(refund -> refund.recordedAs(note.id()));
        ledger.post(InvoicePostings.refunded(invoice, note, Account.CARD_CLEARING, shares, Ids.newId(),
                clock.instant()));
        outbox.add(DocumentEmails.creditNote(note, invoice, customers.find(invoice.customerId()).orElseThrow(),
                cooperative.contact(), clock.instant()));
    }

    /** An invoice's card payments, for staff and the invoice's customer. */
    public List<CardPayment> ofInvoice(Invoice visibleInvoice) {
        return cardPayments.ofInvoice(visibleInvoice.id());
    }
}
