package coop.market.domain.cardpayment;

/** Where a card payment attempt stands. */
public enum CardPaymentStatus {
    /** Waiting for the customer to pay (or to try again after a decline). */
    OPEN,
    /** The last try was declined; the customer may try again. */
    FAILED,
    /** The money was taken. Never changes after this: later refunds are counted separately. */
    SUCCEEDED
}
