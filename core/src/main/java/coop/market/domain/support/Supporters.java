package coop.market.domain.support;

import java.util.List;
import java.util.Optional;

/** Where circles of support are kept. */
public interface Supporters {

    void add(Supporter supporter);

    Optional<Supporter> find(String id);

    /** A member's current supporters, oldest first. */
    List<Supporter> activeForMember(String memberId);

    /** Whom an account supports now. */
    List<Supporter> activeForAccount(String accountId);
}
