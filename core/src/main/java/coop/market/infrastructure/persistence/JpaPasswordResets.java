package coop.market.infrastructure.persistence;

import coop.market.domain.account.PasswordReset;
import coop.market.domain.account.PasswordResets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Password reset links in JPA. */
@ApplicationScoped
public class JpaPasswordResets implements PasswordResets {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaPasswordResets() {
    }

    public JpaPasswordResets(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(PasswordReset reset) {
        em.persist(reset);
        em.flush();
    }

    @Override
    public Optional<PasswordReset> lockByHash(String tokenHash) {
        if (tokenHash == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(PasswordReset.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
    }
}
