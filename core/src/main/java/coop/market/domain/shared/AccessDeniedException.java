package coop.market.domain.shared;

/** The signed-in person may not do this, whatever they send. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
