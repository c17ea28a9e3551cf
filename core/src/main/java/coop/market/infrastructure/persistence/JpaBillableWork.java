package coop.market.infrastructure.persistence;

import coop.market.domain.booking.BookingStatus;
import coop.market.domain.invoicing.BillableWork;
import coop.market.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** What waits to be invoiced, found with "not on any invoice line" subqueries, member names joined in. */
@ApplicationScoped
public class JpaBillableWork implements BillableWork {

    private static final String BOOKING_NOT_INVOICED = " and not exists (select l from InvoiceLine l"
            + " where l.source = coop.market.domain.invoicing.LineSource.BOOKING and l.sourceId = b.id)";
    private static final String FEE_NOT_INVOICED = " and not exists (select l from InvoiceLine l"
            + " where l.source = coop.market.domain.invoicing.LineSource.FEE and l.sourceId = f.id)";

    /** A completed booking's line: its member's name and its trade; the caller adds "and ..." conditions. */
    private static final String DONE_WORK = "b.id, b.memberId, m.displayName, l.trade, b.start, b.durationMinutes,"
            + " b.priceMinor, b.currencyCode from Booking b, Member m, Listing l"
            + " where m.id = b.memberId and l.id = b.listingId and b.status = :completed";

    private static final String FEES = "f.id, f.memberId, m.displayName, f.description, f.supplyDate, f.amountMinor,"
            + " f.currencyCode from ChargeableItem f, Member m where m.id = f.memberId";

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaBillableWork() {
    }

    public JpaBillableWork(EntityManager em) {
        this.em = em;
    }

    @Override
    public SortedMap<String, Waiting> waiting(LocalDate periodEnd, Instant endOfPeriod) {
        SortedMap<String, Waiting> waiting = new TreeMap<>();
        em.createQuery("select b.customerId, " + DONE_WORK + " and b.start < :end" + BOOKING_NOT_INVOICED
                        + " order by b.customerId, b.start, b.id", Object[].class)
                .setParameter("completed", BookingStatus.COMPLETED)
                .setParameter("end", endOfPeriod)
                .getResultList()
                .forEach(row -> of(waiting, (String) row[0]).work().add(doneWork(row, 1)));
        em.createQuery("select f.customerId, " + FEES + " and f.supplyDate <= :end" + FEE_NOT_INVOICED
                        + " order by f.customerId, f.supplyDate, f.id", Object[].class)
                .setParameter("end", periodEnd)
                .getResultList()
                .forEach(row -> of(waiting, (String) row[0]).fees().add(fee(row, 1)));
        return waiting;
    }

    private static Waiting of(SortedMap<String, Waiting> waiting, String customerId) {
        return waiting.computeIfAbsent(customerId, id -> new Waiting(new ArrayList<>(), new ArrayList<>()));
    }

    @Override
    public List<DoneWork> doneWork(String customerId, Instant endOfPeriod) {
        return em.createQuery("select " + DONE_WORK + " and b.customerId = :customer and b.start < :end"
                        + BOOKING_NOT_INVOICED + " order by b.start, b.id", Object[].class)
                .setParameter("customer", customerId)
                .setParameter("completed", BookingStatus.COMPLETED)
                .setParameter("end", endOfPeriod)
                .getResultList().stream().map(row -> doneWork(row, 0)).toList();
    }

    @Override
    public List<Fee> fees(String customerId, LocalDate periodEnd) {
        return em.createQuery("select " + FEES + " and f.customerId = :customer and f.supplyDate <= :end"
                        + FEE_NOT_INVOICED + " order by f.supplyDate, f.id", Object[].class)
                .setParameter("customer", customerId)
                .setParameter("end", periodEnd)
                .getResultList().stream().map(row -> fee(row, 0)).toList();
    }

    private static DoneWork doneWork(Object[] row, int at) {
        return new DoneWork((String) row[at], (String) row[at + 1], (String) row[at + 2], (String) row[at + 3],
                (Instant) row[at + 4], ((Number) row[at + 5]).intValue(),
                Money.ofMinor(((Number) row[at + 6]).longValue(), (String) row[at + 7]));
    }

    private static Fee fee(Object[] row, int at) {
        return new Fee((String) row[at], (String) row[at + 1], (String) row[at + 2], (String) row[at + 3],
                (LocalDate) row[at + 4], Money.ofMinor(((Number) row[at + 5]).longValue(), (String) row[at + 6]));
    }
}
