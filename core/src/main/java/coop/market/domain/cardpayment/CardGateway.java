package coop.market.domain.cardpayment;

import coop.market.domain.shared.Money;

/** The card processor (Stripe), as the co-op uses it. */
public interface CardGateway {

    /** Whether card payments are set up at all; when not, no card option is offered anywhere. */
    boolean enabled();

    /**
     * Asks for a payment of the amount, for this attempt. The attempt's id is the idempotency key, so asking
     * again (after a time-out, a crash or a double click) gives the same payment, never a second one.
     */
    CardIntent startPayment(CardPayment attempt, String invoiceNumber);

    /** Asks for money back to the card; the key makes a repeated request give the same refund. */
    void refund(CardPayment attempt, Money amount, String refundId);

    /**
     * Reads a webhook event, if its signature is the processor's.
     *
     * @throws IllegalArgumentException when the signature is missing, wrong or too old
     */
    CardEvent readEvent(String payload, String signatureHeader);
}
