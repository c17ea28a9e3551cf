package coop.market.infrastructure.persistence;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;

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

    @Override
    public SortedMap<LocalDate, Long> receivedByDay(LocalDate from, LocalDate to) {
        SortedMap<LocalDate, Long> byDay = new TreeMap<>();
        em.createQuery("select p.receivedOn, sum(p.amountMinor) from Payment p"
                        + " where p.receivedOn between :from and :to group by p.receivedOn", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> byDay.put((LocalDate) row[0], ((Number) row[1]).longValue()));
        return byDay;
    }
}
