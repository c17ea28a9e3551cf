package coop.market.application;

import coop.market.domain.idempotency.IdempotentRequest;
import coop.market.domain.idempotency.IdempotentRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;

/**
 * Each step of idempotency in a transaction of its own, committed at once, so a claim is seen by
 * every other request straight away and survives whatever the request itself does.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class IdempotencyStore {

    @Inject
    IdempotentRequests requests;

    public Optional<IdempotentRequest> find(String caller, String key) {
        return requests.find(caller, key);
    }

    public void claim(IdempotentRequest request) {
        requests.claim(request);
    }

    public void answer(String caller, String key, int status, String contentType, String location, String body) {
        requests.find(caller, key).filter(r -> !r.answered())
                .ifPresent(r -> r.answer(status, contentType, location, body));
    }

    public void release(String caller, String key) {
        requests.release(caller, key);
    }
}
