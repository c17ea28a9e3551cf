package coop.market.infrastructure.persistence;

import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingEvent;
import coop.market.domain.booking.BookingQuery;
import coop.market.domain.booking.BookingRepository;
import coop.market.domain.booking.BookingSeries;
import coop.market.domain.booking.BookingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Bookings in JPA. */
@ApplicationScoped
public class JpaBookingRepository implements BookingRepository {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaBookingRepository() {
    }

    public JpaBookingRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Booking booking) {
        em.persist(booking);
        em.flush();
    }

    @Override
    public void add(BookingSeries series) {
        em.persist(series);
        em.flush();
    }

    @Override
    public List<Booking> inSeries(String seriesId) {
        return em.createQuery("select b from Booking b where b.seriesId = :series order by b.start", Booking.class)
                .setParameter("series", seriesId)
                .getResultList();
    }

    @Override
    public Optional<BookingSeries> findSeries(String seriesId) {
        return Optional.ofNullable(em.find(BookingSeries.class, seriesId));
    }

    @Override
    public void record(BookingEvent event) {
        // Written at commit with the rest, not flushed at once: an event breaks no constraint a caller
        // could act on, its booking's row is already written (add flushes), and each flush compares
        // every entity the transaction holds.
        em.persist(event);
    }

    @Override
    public Optional<Booking> find(String id) {
        return Optional.ofNullable(id).map(key -> em.find(Booking.class, key));
    }

    @Override
    public List<Booking> liveForMember(String memberId, Instant from, Instant to, Instant now) {
        // The lower bound on the start keeps the index scan to the period, not the member's whole history.
        return em.createQuery("select b from Booking b where b.memberId = :member and b.start < :to"
                        + " and b.start > :earliest and b.end > :from"
                        + " and (b.status = :confirmed or (b.status = :requested and b.expiresAt > :now))"
                        + " order by b.start", Booking.class)
                .setParameter("member", memberId)
                .setParameter("earliest", from.minus(Booking.LONGEST))
                .setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("requested", BookingStatus.REQUESTED)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public List<Booking> holdingForMember(String memberId, Instant from, Instant to) {
        return em.createQuery("select b from Booking b where b.memberId = :member and b.start < :to"
                        + " and b.start > :earliest and b.end > :from and b.status in :holding"
                        + " order by b.start", Booking.class)
                .setParameter("member", memberId)
                .setParameter("earliest", from.minus(Booking.LONGEST))
                .setParameter("holding", List.of(BookingStatus.REQUESTED, BookingStatus.CONFIRMED))
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<Booking> expiredRequests(String memberId, Instant now) {
        return em.createQuery("select b from Booking b where b.memberId = :member and b.status = :requested"
                        + " and b.expiresAt <= :now", Booking.class)
                .setParameter("member", memberId)
                .setParameter("requested", BookingStatus.REQUESTED)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public List<String> membersWithExpiredRequests(Instant now, int limit) {
        return em.createQuery("select distinct b.memberId from Booking b where b.status = :requested"
                        + " and b.expiresAt <= :now", String.class)
                .setParameter("requested", BookingStatus.REQUESTED)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Booking> search(BookingQuery query) {
        List<Object[]> parameters = new ArrayList<>();
        String where = where(query, parameters);
        TypedQuery<Booking> typed = em.createQuery("select b from Booking b" + where + " order by b.start, b.id",
                Booking.class);
        parameters.forEach(p -> typed.setParameter((String) p[0], p[1]));
        return typed.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
    }

    @Override
    public long count(BookingQuery query) {
        List<Object[]> parameters = new ArrayList<>();
        String where = where(query, parameters);
        TypedQuery<Long> typed = em.createQuery("select count(b) from Booking b" + where, Long.class);
        parameters.forEach(p -> typed.setParameter((String) p[0], p[1]));
        return typed.getSingleResult();
    }

    /** The query's conditions as JPQL, its parameters added to the list. */
    private static String where(BookingQuery query, List<Object[]> parameters) {
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        if (query.memberId() != null) {
            jpql.append(" and b.memberId = :member");
            parameters.add(new Object[] {"member", query.memberId()});
        }
        if (query.customerId() != null) {
            jpql.append(" and b.customerId = :customer");
            parameters.add(new Object[] {"customer", query.customerId()});
        }
        if (query.from() != null) {
            jpql.append(" and b.start >= :from");
            parameters.add(new Object[] {"from", query.from()});
        }
        if (query.to() != null) {
            jpql.append(" and b.start < :to");
            parameters.add(new Object[] {"to", query.to()});
        }
        if (query.status() != null) {
            jpql.append(" and b.status = :status");
            parameters.add(new Object[] {"status", query.status()});
        }
        return jpql.toString();
    }

    @Override
    public List<BookingEvent> history(String bookingId) {
        return em.createQuery("select e from BookingEvent e where e.bookingId = :booking order by e.occurredAt, e.id",
                        BookingEvent.class)
                .setParameter("booking", bookingId)
                .getResultList();
    }
}
