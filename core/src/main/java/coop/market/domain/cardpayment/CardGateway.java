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

    /**
     * Makes the processor's customer for one of ours, once: our customer's id is the idempotency key.
     *
     * @return the processor's customer id
     */
    String addCustomer(String customerId, String email, String name);

    /**
     * Asks to save a card on the processor's customer for later payments made without the customer there: what
     * their browser needs to save it (the setup's id and client secret).
     */
    CardIntent startCardSetup(SavedCard customer);

    /**
     * Takes the attempt's amount from the saved card it names, the customer not being there. The attempt's id is
     * the idempotency key, so asking again gives the same payment, never a second one.
     *
     * @throws CardDeclinedException when the card is declined or the bank wants the customer to confirm
     */
    CardIntent chargeSavedCard(CardPayment attempt, String invoiceNumber, SavedCard card);

    /** Asks for money back to the card; the key makes a repeated request give the same refund. */
    void refund(CardPayment attempt, Money amount, String refundId);

    /**
     * Reads a webhook event, if its signature is the processor's. For a saved card, the processor is asked
     * what card it is (brand and last four digits).
     *
     * @throws IllegalArgumentException when the signature is missing, wrong or too old
     */
    CardEvent readEvent(String payload, String signatureHeader);
}
