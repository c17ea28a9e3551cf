package coop.market.infrastructure.persistence;

import coop.market.domain.notification.EmailStatus;
import coop.market.domain.notification.Outbox;
import coop.market.domain.notification.OutgoingEmail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox in JPA. */
@ApplicationScoped
public class JpaOutbox implements Outbox {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaOutbox() {
    }

    public JpaOutbox(EntityManager em) {
        this.em = em;
    }

    /**
     * Not flushed at once, unlike other repositories' adds: an email can break no constraint a
     * caller could act on, and each flush compares every entity the transaction holds. It is
     * written with the rest of the transaction at commit.
     */
    @Override
    public void add(OutgoingEmail email) {
        em.persist(email);
    }

    @Override
    public Optional<OutgoingEmail> find(String id) {
        return Optional.ofNullable(em.find(OutgoingEmail.class, id));
    }

    @Override
    public List<String> due(Instant now, int limit) {
        return em.createQuery("select e.id from OutgoingEmail e where e.status = :pending"
                        + " and e.nextAttemptAt <= :now and (e.claimedUntil is null or e.claimedUntil < :now)"
                        + " order by e.nextAttemptAt, e.createdAt", String.class)
                .setParameter("pending", EmailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean claim(String id, Instant now, Instant until) {
        int taken = em.createQuery("update OutgoingEmail e set e.claimedUntil = :until, e.version = e.version + 1"
                        + " where e.id = :id and e.status = :pending and e.nextAttemptAt <= :now"
                        + " and (e.claimedUntil is null or e.claimedUntil < :now)")
                .setParameter("until", until)
                .setParameter("id", id)
                .setParameter("pending", EmailStatus.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        return taken == 1;
    }

    @Override
    public List<OutgoingEmail> about(String reference) {
        return em.createQuery("select e from OutgoingEmail e where e.reference = :reference"
                        + " order by e.createdAt, e.id", OutgoingEmail.class)
                .setParameter("reference", reference)
                .getResultList();
    }
}
