package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.cardpayment.CardEvent;
import coop.market.domain.cardpayment.CardGateway;
import coop.market.domain.cardpayment.CardIntent;
import coop.market.domain.cardpayment.CardPayment;
import coop.market.domain.cardpayment.CardProcessorException;
import coop.market.domain.cardpayment.CardRefund;
import coop.market.domain.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Paying invoices by card, and refunds. The processor is called between our transactions, never inside one:
 * first our record of the attempt (or refund) is saved, then the processor is asked with a key made from its
 * id, then the answer is saved. A crash or time-out anywhere leaves a record that a retry, or the processor's
 * webhook event, completes; the key means the processor never takes or returns the money twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class CardPaymentService {

    private static final Logger LOG = Logger.getLogger(CardPaymentService.class.getName());

    @Inject
    CardGateway gateway;

    @Inject
    CardPaymentSteps steps;

    @Inject
    SavedCardSteps savedCards;

    /** Whether to offer card payments at all. */
    public boolean enabled() {
        return gateway.enabled();
    }

    /** The customer's payment of what is due on their invoice: what their browser needs to pay it. */
    public CardPayment start(String invoiceId, String invoiceNumber, Actor actor) {
        requireEnabled();
        CardPayment attempt = steps.openAttempt(invoiceId, actor);
        if (attempt.clientSecret() != null) {
            return attempt;
        }
        CardIntent intent = gateway.startPayment(attempt, invoiceNumber);
        return steps.link(attempt.id(), intent);
    }

    /** Gives money back to the customer's card; the credit note follows when Stripe confirms it. */
    public CardRefund refund(String invoiceId, NewRefund request, Actor actor) {
        requireEnabled();
        CardRefund refund = steps.askRefund(invoiceId, request, actor);
        try {
            gateway.refund(steps.cardPaymentOf(refund), refund.amount(), refund.id());
        } catch (CardProcessorException e) {
            steps.dropRefund(refund.id());
            throw e;
        }
        return refund;
    }

    /** A webhook event from the processor: {@code NOT_SIGNED} when its signature is not the processor's. */
    public CardPaymentSteps.Outcome receive(String payload, String signatureHeader) {
        requireEnabled();
        CardEvent event;
        try {
            event = gateway.readEvent(payload, signatureHeader);
        } catch (IllegalArgumentException e) {
            LOG.warning("A webhook call was refused: " + e.getMessage());
            return CardPaymentSteps.Outcome.NOT_SIGNED;
        }
        return event.kind() == CardEvent.Kind.CARD_SAVED ? savedCards.saved(event) : steps.apply(event);
    }

    private void requireEnabled() {
        if (!gateway.enabled()) {
            throw new ConflictException("card-payments-off", "Card payments are not set up here. Please pay by"
                    + " bank transfer.");
        }
    }
}
