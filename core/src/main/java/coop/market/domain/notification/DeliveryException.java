package coop.market.domain.notification;

/** The mail server did not take an email; it may take it later. */
public class DeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
