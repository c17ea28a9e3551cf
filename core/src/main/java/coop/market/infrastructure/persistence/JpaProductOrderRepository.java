package coop.market.infrastructure.persistence;

import coop.market.domain.order.OrderQuery;
import coop.market.domain.order.OrderStatus;
import coop.market.domain.order.ProductOrder;
import coop.market.domain.order.ProductOrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Product orders in JPA. */
@ApplicationScoped
public class JpaProductOrderRepository implements ProductOrderRepository {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaProductOrderRepository() {
    }

    public JpaProductOrderRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(ProductOrder order) {
        em.persist(order);
        em.flush();
    }

    @Override
    public Optional<ProductOrder> find(String id) {
        return Optional.ofNullable(id).map(key -> em.find(ProductOrder.class, key));
    }

    @Override
    public Optional<ProductOrder> lock(String id) {
        return Optional.ofNullable(id).map(key -> em.find(ProductOrder.class, key, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ProductOrder> search(OrderQuery query) {
        String where = " where 1 = 1" + (query.customerId() == null ? "" : " and o.customerId = :customer")
                + (query.memberId() == null ? ""
                        : " and exists (select l from OrderLine l where l.order = o and l.memberId = :member)");
        TypedQuery<ProductOrder> typed = em.createQuery("select o from ProductOrder o" + where
                + " order by o.placedAt desc, o.id", ProductOrder.class);
        if (query.customerId() != null) {
            typed.setParameter("customer", query.customerId());
        }
        if (query.memberId() != null) {
            typed.setParameter("member", query.memberId());
        }
        // A page's lines in one more statement, not one per order.
        return typed.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "o.lines")
                .setFirstResult(query.offset())
                .setMaxResults(query.limit())
                .getResultList();
    }

    @Override
    public List<ProductOrder> inStatus(OrderStatus status, int offset, int limit) {
        return em.createQuery("select o from ProductOrder o where o.status = :status order by o.placedAt, o.id",
                        ProductOrder.class)
                .setParameter("status", status)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "o.lines")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countInStatus(OrderStatus status) {
        return em.createQuery("select count(o) from ProductOrder o where o.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }
}
