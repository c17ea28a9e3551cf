package coop.market.domain.payout;

/**
 * Keeps small secrets (bank details) encrypted at rest. The key lives outside the database, so a copy of the
 * database alone does not give away anyone's bank account.
 */
public interface SecretBox {

    /** Whether a key is set up; without one, bank details cannot be kept. */
    boolean ready();

    /** The text, encrypted with a fresh nonce: sealing the same text twice gives two different results. */
    String seal(String text);

    /**
     * The text a {@link #seal} made.
     *
     * @throws IllegalStateException if it was sealed with another key or changed since
     */
    String open(String sealed);
}
