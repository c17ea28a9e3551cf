package coop.market.application;

import coop.market.domain.cardpayment.CardEvent;
import coop.market.domain.cardpayment.CardIntent;
import coop.market.domain.cardpayment.CardPayment;
import coop.market.domain.cardpayment.CardPayments;
import coop.market.domain.cardpayment.SavedCard;
import coop.market.domain.customer.Customer;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.Invoices;
import coop.market.domain.notification.Outbox;
import coop.market.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The database side of saved cards, each step one transaction, so that the calls to the processor
 * ({@link SavedCardService}) happen between them and never inside one.
 */
@ApplicationScoped
@Transactional
public class SavedCardSteps {

    /** A payment from a saved card, ready to send to the processor. */
    public record Charge(CardPayment attempt, SavedCard card, String invoiceNumber) {
    }

    @Inject
    CardPayments cardPayments;

    @Inject
    Invoices invoices;

    @Inject
    CustomerRepository customers;

    @Inject
    Outbox outbox;

    @Inject
    CooperativeService cooperative;

    @Inject
    Clock clock;

    public Optional<SavedCard> of(String customerId) {
        return cardPayments.savedCard(customerId);
    }

    public Customer customer(String customerId) {
        return customers.find(customerId).orElseThrow();
    }

    /** Keeps the processor's customer made for ours (the same one however often it was asked for). */
    public SavedCard remember(String customerId, String processorCustomerId) {
        Optional<SavedCard> known = cardPayments.lockSavedCard(customerId);
        if (known.isPresent()) {
            return known.get();
        }
        SavedCard card = new SavedCard(customerId, processorCustomerId);
        cardPayments.add(card);
        return card;
    }

    /** The processor says a customer saved a card: it becomes their card, once per event. */
    public CardPaymentSteps.Outcome saved(CardEvent event) {
        Optional<SavedCard> card = cardPayments.lockSavedCard(event.savedCard().customerId())
                .filter(known -> known.processorCustomerId().equals(event.savedCard().processorCustomerId()));
        if (card.isEmpty()) {
            return CardPaymentSteps.Outcome.NOT_OURS;
        }
        if (!cardPayments.firstDelivery(event.id(), event.kind().name(), clock.instant())) {
            return CardPaymentSteps.Outcome.DUPLICATE;
        }
        card.get().saved(event.savedCard(), clock.instant());
        return CardPaymentSteps.Outcome.HANDLED;
    }

    public void forget(String customerId) {
        cardPayments.lockSavedCard(customerId).ifPresent(SavedCard::forget);
    }

    public List<String> waitingToCharge(int limit) {
        return cardPayments.waitingToCharge(limit);
    }

    /** The payments of this invoice from a saved card still waiting to be sent. */
    public List<String> waitingToCharge(String invoiceId) {
        return cardPayments.ofInvoice(invoiceId).stream().filter(CardPayment::waitingToCharge).map(CardPayment::id)
                .toList();
    }

    /** The payment with what charging it needs, while it is still waiting to be sent (and its card saved). */
    public Optional<Charge> toCharge(String cardPaymentId) {
        Optional<CardPayment> attempt = cardPayments.lock(cardPaymentId).filter(CardPayment::waitingToCharge);
        if (attempt.isEmpty()) {
            return Optional.empty();
        }
        Invoice invoice = invoices.find(attempt.get().invoiceId()).orElseThrow();
        if (!invoice.amountDue().equals(attempt.get().amount())) {
            // Paid, part paid or credited another way since it was issued (the charge waited for the processor):
            // taking the first amount now could take more than is owed. The customer pays what is left as usual.
            attempt.get().declined("The amount due changed before the card was charged");
            return Optional.empty();
        }
        Optional<SavedCard> card = cardPayments.savedCard(invoice.customerId())
                .filter(saved -> saved.paymentMethodId().equals(attempt.get().paymentMethodId()));
        if (card.isEmpty()) {
            // Removed since the invoice was issued: the customer pays it as any other.
            attempt.get().declined("The saved card was removed");
            return Optional.empty();
        }
        return Optional.of(new Charge(attempt.get(), card.get(), invoice.number()));
    }

    public void charged(String cardPaymentId, CardIntent intent) {
        cardPayments.lock(cardPaymentId).orElseThrow().linkTo(intent);
    }

    /** The card was refused: nothing was taken; the customer is told to pay from their account. */
    public void refused(String cardPaymentId, String intentId, String why) {
        CardPayment attempt = cardPayments.lock(cardPaymentId).orElseThrow();
        if (intentId != null) {
            attempt.knownAs(intentId);
        }
        attempt.declined(why);
        Invoice invoice = invoices.find(attempt.invoiceId()).orElseThrow();
        Customer customer = customers.find(invoice.customerId()).orElseThrow();
        String card = cardPayments.savedCard(customer.id()).flatMap(SavedCard::description).orElse("your card");
        outbox.add(SavedCardEmails.refused(invoice, customer, card, cooperative.contact(), clock.instant(),
                Ids.newId()));
    }
}
