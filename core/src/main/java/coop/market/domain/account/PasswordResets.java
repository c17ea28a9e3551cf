package coop.market.domain.account;

import java.util.Optional;

/** Where password reset links are kept, by the hash of their secret. */
public interface PasswordResets {

    void add(PasswordReset reset);

    /** The link, locked for the rest of the transaction so that it can be used only once. */
    Optional<PasswordReset> lockByHash(String tokenHash);
}
