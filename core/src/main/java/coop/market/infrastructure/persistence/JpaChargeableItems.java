package coop.market.infrastructure.persistence;

import coop.market.domain.billing.ChargeableItem;
import coop.market.domain.billing.ChargeableItems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Chargeable items in JPA. */
@ApplicationScoped
public class JpaChargeableItems implements ChargeableItems {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaChargeableItems() {
    }

    public JpaChargeableItems(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(ChargeableItem item) {
        em.persist(item);
        em.flush();
    }

    @Override
    public List<ChargeableItem> forBooking(String bookingId) {
        return em.createQuery("select c from ChargeableItem c where c.bookingId = :booking order by c.createdAt",
                        ChargeableItem.class)
                .setParameter("booking", bookingId)
                .getResultList();
    }
}
