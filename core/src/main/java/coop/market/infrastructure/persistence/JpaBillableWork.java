package coop.market.infrastructure.persistence;

import coop.market.domain.booking.BookingStatus;
import coop.market.domain.invoicing.BillableWork;
import coop.market.domain.order.OrderStatus;
import coop.market.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** What waits to be invoiced, found with "not on any invoice line" subqueries, member names joined in. */
@ApplicationScoped
public class JpaBillableWork implements BillableWork {

    private static final String BOOKING_NOT_INVOICED = " and not exists (select l from InvoiceLine l"
            + " where l.source = coop.market.domain.invoicing.LineSource.BOOKING and l.sourceId = b.id)";
    private static final String FEE_NOT_INVOICED = " and not exists (select l from InvoiceLine l"
            + " where l.source = coop.market.domain.invoicing.LineSource.FEE and l.sourceId = f.id)";

    private static final String ITEM_NOT_INVOICED = " and not exists (select i from InvoiceLine i"
            + " where i.source = coop.market.domain.invoicing.LineSource.ORDER and i.sourceId = l.id)";
    private static final String DELIVERY_NOT_INVOICED = " and not exists (select i from InvoiceLine i"
            + " where i.source = coop.market.domain.invoicing.LineSource.DELIVERY and i.sourceId = o.id)";

    /** What every row about a fulfilled order starts with: its customer, id, when fulfilled and currency. */
    private static final String ORDER = "o.customerId, o.id, o.fulfilledAt, o.currencyCode";

    /** A fulfilled order's uninvoiced items, with their members' names (a free item has nothing to invoice). */
    private static final String SOLD_ITEMS = ORDER + ", l.id, l.memberId, m.displayName, l.description, l.quantity,"
            + " l.unitPriceMinor from OrderLine l join l.order o, Member m where m.id = l.memberId"
            + " and o.status = :fulfilled and o.fulfilledAt < :end and l.unitPriceMinor > 0" + ITEM_NOT_INVOICED;

    /** A fulfilled order's delivery charge, if it has one and it is not invoiced. */
    private static final String DELIVERIES = ORDER + ", o.deliveryChargeMinor from ProductOrder o"
            + " where o.status = :fulfilled and o.fulfilledAt < :end and o.deliveryChargeMinor > 0"
            + DELIVERY_NOT_INVOICED;

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
        ordersByCustomer(null, endOfPeriod).forEach((customerId, orders) -> of(waiting, customerId).orders()
                .addAll(orders));
        return waiting;
    }

    private static Waiting of(SortedMap<String, Waiting> waiting, String customerId) {
        return waiting.computeIfAbsent(customerId,
                id -> new Waiting(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
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

    @Override
    public List<FulfilledOrder> fulfilledOrders(String customerId, Instant endOfPeriod) {
        return ordersByCustomer(customerId, endOfPeriod).getOrDefault(customerId, List.of());
    }

    /**
     * Fulfilled, uninvoiced orders by customer (only this customer's, unless null), each customer's in the order
     * they were fulfilled: from two queries, one of their items and one of their delivery charges.
     */
    private SortedMap<String, List<FulfilledOrder>> ordersByCustomer(String customerId, Instant endOfPeriod) {
        String ofCustomer = customerId == null ? "" : " and o.customerId = :customer";
        Map<String, OrderRows> orders = new LinkedHashMap<>();
        for (String jpql : List.of("select " + SOLD_ITEMS + ofCustomer + " order by l.lineNo",
                "select " + DELIVERIES + ofCustomer)) {
            var query = em.createQuery(jpql, Object[].class)
                    .setParameter("fulfilled", OrderStatus.FULFILLED)
                    .setParameter("end", endOfPeriod);
            if (customerId != null) {
                query.setParameter("customer", customerId);
            }
            for (Object[] row : query.getResultList()) {
                OrderRows order = orders.computeIfAbsent((String) row[1], id -> new OrderRows(row));
                if (row.length == 5) {
                    order.delivery = Money.ofMinor(((Number) row[4]).longValue(), order.currency);
                } else {
                    order.items.add(new SoldItem((String) row[4], (String) row[5], (String) row[6], (String) row[7],
                            ((Number) row[8]).intValue(), Money.ofMinor(((Number) row[9]).longValue(),
                                    order.currency)));
                }
            }
        }
        SortedMap<String, List<FulfilledOrder>> byCustomer = new TreeMap<>();
        orders.values().stream()
                .sorted(Comparator.comparing((OrderRows o) -> o.fulfilledAt).thenComparing(o -> o.orderId))
                .forEach(o -> byCustomer.computeIfAbsent(o.customerId, id -> new ArrayList<>()).add(
                        new FulfilledOrder(o.orderId, o.fulfilledAt, List.copyOf(o.items), o.delivery)));
        return byCustomer;
    }

    /** One order's rows, gathered. */
    private static final class OrderRows {

        final String customerId;
        final String orderId;
        final Instant fulfilledAt;
        final String currency;
        final List<SoldItem> items = new ArrayList<>();
        Money delivery;

        OrderRows(Object[] row) {
            customerId = (String) row[0];
            orderId = (String) row[1];
            fulfilledAt = (Instant) row[2];
            currency = (String) row[3];
            delivery = Money.zero(Money.currencyOf(currency));
        }
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
