package coop.market.domain.shared;

/** The request is well formed but clashes with what already exists, e.g. an e-mail in use. */
public class ConflictException extends RuntimeException {

    private final String kind;

    public ConflictException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** A short machine-readable name for the clash, e.g. {@code email-taken}. */
    public String kind() {
        return kind;
    }
}
