package coop.market.domain.cardpayment;

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
 */
public record CardEvent(String id, Kind kind, String cardPaymentId, String intentId, long amountReceived,
        long amountRefunded, String chargeId, String failure) {

    /** The events the co-op acts on; others are acknowledged and left alone. */
    public enum Kind {
        SUCCEEDED,
        FAILED,
        REFUNDED,
        OTHER
    }
}
