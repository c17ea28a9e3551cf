package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.cardpayment.CardDeclinedException;
import coop.market.domain.cardpayment.CardGateway;
import coop.market.domain.cardpayment.CardIntent;
import coop.market.domain.cardpayment.CardProcessorException;
import coop.market.domain.cardpayment.SavedCard;
import coop.market.domain.customer.Customer;
import coop.market.domain.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A customer's saved card: saved through the processor's own form (a setup for payments made later without
 * them), and charged for what is due when an invoice is issued, after the invoice is committed. As with
 * {@link CardPaymentService}, the processor is never called inside a transaction: the payment is recorded with
 * the invoice ({@link InvoiceIssuer}), then sent with a key made from its id, so a retry or a crash never takes
 * the money twice. The existing {@code payment_intent.succeeded} handling marks the invoice paid.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class SavedCardService {

    /** Payments from saved cards sent in one go; the rest wait for the next round. */
    static final int CHARGES_PER_ROUND = 500;

    private static final Logger LOG = Logger.getLogger(SavedCardService.class.getName());

    @Inject
    CardGateway gateway;

    @Inject
    SavedCardSteps steps;

    /** The signed-in customer's saved card, if they have one. */
    public Optional<SavedCard> card(Actor actor) {
        return actor.customer().flatMap(steps::of).filter(card -> card.paymentMethodId().isPresent());
    }

    /** What the customer's browser needs to save a card with the processor's own form. */
    public CardIntent startSetup(Actor actor) {
        if (!gateway.enabled()) {
            throw new ConflictException("card-payments-off", "Card payments are not set up here.");
        }
        String customerId = actor.customer().orElseThrow(() -> new ConflictException("not-a-customer",
                "Only customers save a card"));
        SavedCard card = steps.of(customerId).orElseGet(() -> {
            Customer customer = steps.customer(customerId);
            return steps.remember(customerId, gateway.addCustomer(customerId, customer.email(), customer.name()));
        });
        return gateway.startCardSetup(card);
    }

    /** Forgets the customer's card on our side: nothing more is taken from it. */
    public void forget(Actor actor) {
        actor.customer().ifPresent(steps::forget);
    }

    /**
     * Sends every payment from a saved card still waiting (those of invoices just issued, and any a crash or
     * an unreachable processor left behind).
     *
     * @return how many were sent
     */
    public int chargeWaiting() {
        if (!gateway.enabled()) {
            return 0;
        }
        List<String> waiting = steps.waitingToCharge(CHARGES_PER_ROUND);
        waiting.forEach(this::charge);
        return waiting.size();
    }

    /**
     * Sends the payment from a saved card recorded with this invoice, if there is one: an order paid for at
     * checkout is charged straight away, once the checkout has committed.
     */
    public void chargeFor(String invoiceId) {
        if (gateway.enabled()) {
            steps.waitingToCharge(invoiceId).forEach(this::charge);
        }
    }

    void charge(String cardPaymentId) {
        Optional<SavedCardSteps.Charge> charge = steps.toCharge(cardPaymentId);
        if (charge.isEmpty()) {
            return;
        }
        try {
            CardIntent intent = gateway.chargeSavedCard(charge.get().attempt(), charge.get().invoiceNumber(),
                    charge.get().card());
            steps.charged(cardPaymentId, intent);
        } catch (CardDeclinedException e) {
            steps.refused(cardPaymentId, e.intentId(), e.getMessage());
        } catch (CardProcessorException e) {
            // Left waiting: the next round asks again with the same key, so Stripe takes the money once.
            LOG.log(Level.WARNING, "Could not charge saved card for payment " + cardPaymentId + "; trying later", e);
        }
    }
}
