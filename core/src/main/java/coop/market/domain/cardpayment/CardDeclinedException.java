package coop.market.domain.cardpayment;

/**
 * The processor refused to take money from a saved card (declined, or the bank wants the customer there to
 * confirm it): nothing was taken.
 */
public class CardDeclinedException extends RuntimeException {

    private final String intentId;

    public CardDeclinedException(String intentId, String message, Throwable cause) {
        super(message, cause);
        this.intentId = intentId;
    }

    /** The processor's payment that was refused, if it made one. */
    public String intentId() {
        return intentId;
    }
}
