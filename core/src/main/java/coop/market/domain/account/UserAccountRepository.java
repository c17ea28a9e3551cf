package coop.market.domain.account;

import java.util.Optional;

/** Where sign-ins are kept. */
public interface UserAccountRepository {

    void add(UserAccount account);

    Optional<UserAccount> findByEmail(String email);

    Optional<UserAccount> find(String id);
}
