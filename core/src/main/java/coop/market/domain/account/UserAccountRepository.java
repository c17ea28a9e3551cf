package coop.market.domain.account;

import java.util.Optional;

/** Where sign-ins are kept. */
public interface UserAccountRepository {

    void add(UserAccount account);

    Optional<UserAccount> findByEmail(String email);

    Optional<UserAccount> find(String id);

    /** The account a customer signs in with, if they have one. */
    Optional<UserAccount> ofCustomer(String customerId);
}
