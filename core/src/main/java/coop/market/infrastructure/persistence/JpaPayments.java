package coop.market.infrastructure.persistence;

import coop.market.domain.invoicing.Payment;
import coop.market.domain.invoicing.Payments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Payments in JPA. */
@ApplicationScoped
public class JpaPayments implements Payments {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaPayments() {
    }

    public JpaPayments(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Payment payment) {
        em.persist(payment);
        em.flush();
    }

    @Override
    public Optional<Payment> find(String id) {
        return Optional.ofNullable(id).map(key -> em.find(Payment.class, key));
    }

    @Override
    public List<Payment> ofInvoice(String invoiceId) {
        return em.createQuery("select p from Payment p where p.invoiceId = :invoice order by p.receivedOn, p.recordedAt",
                        Payment.class)
                .setParameter("invoice", invoiceId)
                .getResultList();
    }
}
