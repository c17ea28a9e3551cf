package coop.market.infrastructure.persistence;

import coop.market.domain.audit.AuditEntry;
import coop.market.domain.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The audit log in JPA: insert and read only. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaAuditLog() {
    }

    public JpaAuditLog(EntityManager em) {
        this.em = em;
    }

    @Override
    public void record(AuditEntry entry) {
        em.persist(entry);
        em.flush();
    }

    @Override
    public List<AuditEntry> forMember(String memberId, int limit) {
        return em.createQuery("select e from AuditEntry e where e.memberId = :member order by e.occurredAt desc, e.id",
                        AuditEntry.class)
                .setParameter("member", memberId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AuditEntry> forCustomer(String customerId, int limit) {
        return em.createQuery("select e from AuditEntry e where e.customerId = :customer"
                        + " order by e.occurredAt desc, e.id", AuditEntry.class)
                .setParameter("customer", customerId)
                .setMaxResults(limit)
                .getResultList();
    }
}
