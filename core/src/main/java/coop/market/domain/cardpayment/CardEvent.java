package coop.market.domain.cardpayment;

import java.util.Objects;

/**
 * What a processor's event says, in our words. Each kind carries the totals so far (not a change), so
 * handling is the same whatever order events come in and however often.
 *
 * @param id             the event's id (events are handled once each)
 * @param kind           what happened
 * @param cardPaymentId  our attempt's id, from the metadata we gave the processor (null if not ours)
 * @param intentId       the processor's payment id
 * @param amountReceived money taken so far, in minor units (0 unless paid)
 * @param amountRefunded money given back so far, in minor units
 * @param chargeId       the charge, once there is one
 * @param failure        why a try was declined
 * @param savedCard      for {@link Kind#CARD_SAVED}: the card a customer saved
 */
public record CardEvent(String id, Kind kind, String cardPaymentId, String intentId, long amountReceived,
        long amountRefunded, String chargeId, String failure, SavedCardDetails savedCard) {

    public CardEvent(String id, Kind kind, String cardPaymentId, String intentId, long amountReceived,
            long amountRefunded, String chargeId, String failure) {
        this(id, kind, cardPaymentId, intentId, amountReceived, amountRefunded, chargeId, failure, null);
    }

    /** A customer saved a card: an event about no payment. */
    public static CardEvent cardSaved(String id, SavedCardDetails card) {
        return new CardEvent(id, Kind.CARD_SAVED, null, null, 0, 0, null, null, Objects.requireNonNull(card));
    }

    /**
     * A card saved with the processor.
     *
     * @param customerId          our customer, from the metadata we gave the processor (null if not ours)
     * @param processorCustomerId the processor's customer the card is on
     * @param paymentMethodId     the card, to charge later
     * @param brand               such as "visa" (null if not known)
     * @param last4               its last four digits (null if not known)
     */
    public record SavedCardDetails(String customerId, String processorCustomerId, String paymentMethodId,
            String brand, String last4) {
    }

    /** The events the co-op acts on; others are acknowledged and left alone. */
    public enum Kind {
        SUCCEEDED,
        FAILED,
        REFUNDED,
        /** A customer saved a card for later payments. */
        CARD_SAVED,
        OTHER
    }
}
