package coop.market.domain.cardpayment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Card payment attempts, refunds asked for, and the processor's events already handled. */
public interface CardPayments {

    void add(CardPayment payment);

    void add(CardRefund refund);

    Optional<CardPayment> find(String id);

    /** The attempt, its row locked to the end of the transaction: its events are handled one at a time. */
    Optional<CardPayment> lock(String id);

    /** The attempt paying with this processor payment, locked. */
    Optional<CardPayment> lockByIntent(String intentId);

    /** An invoice's attempts, newest first. */
    List<CardPayment> ofInvoice(String invoiceId);

    /** Refunds asked for on this attempt and not yet recorded, oldest first. */
    List<CardRefund> pendingRefunds(String cardPaymentId);

    /** Forgets a refund the processor refused. */
    void dropPendingRefund(String refundId);

    /** A customer's saved card (and processor customer), if they have one. */
    Optional<SavedCard> savedCard(String customerId);

    /** As {@link #savedCard}, its row locked to the end of the transaction. */
    Optional<SavedCard> lockSavedCard(String customerId);

    void add(SavedCard card);

    /** Payments from saved cards not yet sent to the processor, oldest first, at most {@code limit}. */
    List<String> waitingToCharge(int limit);

    /**
     * Notes that this event has been handled.
     *
     * @return false when it already had been (then it is not handled again)
     */
    boolean firstDelivery(String eventId, String type, Instant at);
}
