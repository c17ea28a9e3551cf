package coop.market.infrastructure.persistence;

import coop.market.domain.booking.BookingStatus;
import coop.market.domain.invoicing.BillableWork;
import coop.market.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/** What waits to be invoiced, found with "not on any invoice line" subqueries, member names joined in. */
@ApplicationScoped
public class JpaBillableWork implements BillableWork {

    private static final String BOOKING_NOT_INVOICED = " and not exists (select l from InvoiceLine l"
            + " where l.source = coop.market.domain.invoicing.LineSource.BOOKING and l.sourceId = b.id)";
    private static final String FEE_NOT_INVOICED = " and not exists (select l from InvoiceLine l"
            + " where l.source = coop.market.domain.invoicing.LineSource.FEE and l.sourceId = f.id)";

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaBillableWork() {
    }

    public JpaBillableWork(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<String> customersWithBillables(LocalDate periodEnd, Instant endOfPeriod) {
        TreeSet<String> customers = new TreeSet<>(em.createQuery("select distinct b.customerId from Booking b"
                        + " where b.status = :completed and b.start < :end" + BOOKING_NOT_INVOICED, String.class)
                .setParameter("completed", BookingStatus.COMPLETED)
                .setParameter("end", endOfPeriod)
                .getResultList());
        customers.addAll(em.createQuery("select distinct f.customerId from ChargeableItem f"
                        + " where f.supplyDate <= :end" + FEE_NOT_INVOICED, String.class)
                .setParameter("end", periodEnd)
                .getResultList());
        return List.copyOf(customers);
    }

    @Override
    public List<DoneWork> doneWork(String customerId, Instant endOfPeriod) {
        return em.createQuery("select b.id, b.memberId, m.displayName, l.trade, b.start, b.durationMinutes,"
                        + " b.priceMinor, b.currencyCode from Booking b, Member m, Listing l"
                        + " where m.id = b.memberId and l.id = b.listingId and b.customerId = :customer"
                        + " and b.status = :completed and b.start < :end" + BOOKING_NOT_INVOICED
                        + " order by b.start, b.id", Object[].class)
                .setParameter("customer", customerId)
                .setParameter("completed", BookingStatus.COMPLETED)
                .setParameter("end", endOfPeriod)
                .getResultList().stream()
                .map(row -> new DoneWork((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (Instant) row[4], ((Number) row[5]).intValue(),
                        Money.ofMinor(((Number) row[6]).longValue(), (String) row[7])))
                .toList();
    }

    @Override
    public List<Fee> fees(String customerId, LocalDate periodEnd) {
        return em.createQuery("select f.id, f.memberId, m.displayName, f.description, f.supplyDate, f.amountMinor,"
                        + " f.currencyCode from ChargeableItem f, Member m where m.id = f.memberId"
                        + " and f.customerId = :customer and f.supplyDate <= :end" + FEE_NOT_INVOICED
                        + " order by f.supplyDate, f.id", Object[].class)
                .setParameter("customer", customerId)
                .setParameter("end", periodEnd)
                .getResultList().stream()
                .map(row -> new Fee((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (LocalDate) row[4], Money.ofMinor(((Number) row[5]).longValue(), (String) row[6])))
                .toList();
    }
}
