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
    public Optional<Availability> read(String memberId) {
        if (memberId == null) {
            return Optional.empty();
        }
        // One statement for the settings, the weekly windows and the days away, instead of one each. Read-only:
        // EclipseLink cannot compare join-fetched embeddables for changes when it flushes (a NullPointerException
        // in its descriptor), and nothing read here is meant to change anyway.
        return em.createQuery("select a from Availability a left join fetch a.windows"
                        + " left join fetch a.absences where a.memberId = :member", Availability.class)
                .setParameter("member", memberId)
                .setHint("eclipselink.read-only", "true")
                .getResultStream()
                .findFirst();
    }

    @Override
    public void save(Availability availability) {
        if (!em.contains(availability)) {
            em.persist(availability);
        }
        em.flush();
    }
}
