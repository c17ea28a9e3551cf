package coop.market.infrastructure.persistence;

import coop.market.domain.calendar.CalendarLink;
import coop.market.domain.calendar.CalendarLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Calendar links in JPA; the token is unique in the database, so it finds at most one. */
@ApplicationScoped
public class JpaCalendarLinks implements CalendarLinks {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaCalendarLinks() {
    }

    public JpaCalendarLinks(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(CalendarLink link) {
        em.persist(link);
        em.flush();
    }

    @Override
    public Optional<CalendarLink> forMember(String memberId) {
        return Optional.ofNullable(memberId).map(id -> em.find(CalendarLink.class, id));
    }

    @Override
    public Optional<CalendarLink> withToken(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return em.createQuery("select c from CalendarLink c where c.token = :token", CalendarLink.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }
}
