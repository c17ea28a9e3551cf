package coop.market.domain.coop;

import java.util.Optional;

/** Where the co-op's own details are kept. */
public interface CooperativeRepository {

    /** The co-op of this installation, once it has been set up. */
    Optional<Cooperative> current();

    void add(Cooperative cooperative);
}
