package coop.market.infrastructure.persistence;

import coop.market.domain.coop.Cooperative;
import coop.market.domain.coop.CooperativeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The co-op's details in JPA. */
@ApplicationScoped
public class JpaCooperativeRepository implements CooperativeRepository {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaCooperativeRepository() {
    }

    public JpaCooperativeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Cooperative> current() {
        return em.createQuery("select c from Cooperative c order by c.id", Cooperative.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Cooperative cooperative) {
        em.persist(cooperative);
        em.flush();
    }
}
