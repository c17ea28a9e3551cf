package coop.market.domain.idempotency;

import java.util.Optional;

/** Where idempotent requests and their answers are kept. */
public interface IdempotentRequests {

    /**
     * Claims the request's key. Fails with the database's unique-key error when somebody has
     * claimed it already: the primary key (caller, key) decides, not a look beforehand.
     */
    void claim(IdempotentRequest request);

    Optional<IdempotentRequest> find(String caller, String key);

    /** Gives a key back after the first request failed, so it can be tried again. */
    void release(String caller, String key);
}
