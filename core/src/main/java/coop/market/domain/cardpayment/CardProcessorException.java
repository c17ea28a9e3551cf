package coop.market.domain.cardpayment;

/** Stripe refused or could not be reached; nothing was recorded on our side, so the request may be repeated. */
public class CardProcessorException extends RuntimeException {

    public CardProcessorException(String message, Throwable cause) {
        super(message, cause);
    }
}
