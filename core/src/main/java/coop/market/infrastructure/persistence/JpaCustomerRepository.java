package coop.market.infrastructure.persistence;

import coop.market.domain.customer.Customer;
import coop.market.domain.customer.CustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Customers in JPA. */
@ApplicationScoped
public class JpaCustomerRepository implements CustomerRepository {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaCustomerRepository() {
    }

    public JpaCustomerRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Customer customer) {
        em.persist(customer);
        em.flush();
    }

    @Override
    public Optional<Customer> find(String id) {
        return Optional.ofNullable(id).map(key -> em.find(Customer.class, key));
    }

    @Override
    public List<Customer> list(int offset, int limit) {
        return em.createQuery("select c from Customer c order by c.name, c.id", Customer.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from Customer c", Long.class).getSingleResult();
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select c from Customer c where lower(c.email) = :email", Customer.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Customer> lockForInvoicing(String id) {
        return Optional.ofNullable(id).map(key -> em.find(Customer.class, key, LockModeType.PESSIMISTIC_WRITE));
    }
}
