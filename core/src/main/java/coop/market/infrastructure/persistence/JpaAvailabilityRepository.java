package coop.market.infrastructure.persistence;

import coop.market.domain.availability.Availability;
import coop.market.domain.availability.AvailabilityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Members' availability in JPA. */
@ApplicationScoped
public class JpaAvailabilityRepository implements AvailabilityRepository {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaAvailabilityRepository() {
    }

    public JpaAvailabilityRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Availability> find(String memberId) {
        return Optional.ofNullable(memberId).map(id -> em.find(Availability.class, id));
    }

    @Override
    public void save(Availability availability) {
        if (!em.contains(availability)) {
            em.persist(availability);
        }
        em.flush();
    }
}
