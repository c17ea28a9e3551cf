package coop.market.infrastructure.persistence;

import coop.market.domain.idempotency.IdempotentRequest;
import coop.market.domain.idempotency.IdempotentRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Idempotent requests in JPA; the primary key (caller, key) decides who claims a key first. */
@ApplicationScoped
public class JpaIdempotentRequests implements IdempotentRequests {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaIdempotentRequests() {
    }

    public JpaIdempotentRequests(EntityManager em) {
        this.em = em;
    }

    @Override
    public void claim(IdempotentRequest request) {
        em.persist(request);
        em.flush();
    }

    @Override
    public Optional<IdempotentRequest> find(String caller, String key) {
        return Optional.ofNullable(em.find(IdempotentRequest.class, new IdempotentRequest.Key(caller, key)));
    }

    @Override
    public void release(String caller, String key) {
        find(caller, key).filter(r -> !r.answered()).ifPresent(em::remove);
    }
}
