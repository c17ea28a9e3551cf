package coop.market.infrastructure.persistence;

import coop.market.domain.account.UserAccount;
import coop.market.domain.account.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Sign-ins in JPA. */
@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaUserAccountRepository() {
    }

    public JpaUserAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
        em.flush();
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return em.createQuery("select a from UserAccount a where a.email = :email", UserAccount.class)
                .setParameter("email", UserAccount.normaliseEmail(email))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UserAccount> find(String id) {
        return Optional.ofNullable(id).map(key -> em.find(UserAccount.class, key));
    }

    @Override
    public Optional<UserAccount> ofCustomer(String customerId) {
        return em.createQuery("select a from UserAccount a where a.customerId = :customer", UserAccount.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .findFirst();
    }
}
