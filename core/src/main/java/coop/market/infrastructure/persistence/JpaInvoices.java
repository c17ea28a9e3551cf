package coop.market.infrastructure.persistence;

import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.InvoiceReminder;
import coop.market.domain.invoicing.InvoiceRun;
import coop.market.domain.invoicing.InvoiceStatus;
import coop.market.domain.invoicing.InvoiceSummary;
import coop.market.domain.invoicing.Invoices;
import coop.market.domain.invoicing.LineSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Invoices in JPA. */
@ApplicationScoped
public class JpaInvoices implements Invoices {

    /** Invoices still waiting for money. */
    private static final List<InvoiceStatus> OPEN = List.of(InvoiceStatus.ISSUED, InvoiceStatus.PART_PAID);

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaInvoices() {
    }

    public JpaInvoices(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(InvoiceRun run) {
        em.persist(run);
        em.flush();
    }

    @Override
    public void add(Invoice invoice) {
        em.persist(invoice);
        em.flush();
    }

    @Override
    public Optional<Invoice> find(String id) {
        return Optional.ofNullable(id).map(key -> em.find(Invoice.class, key));
    }

    @Override
    public List<String> holdingOrder(String orderId, Collection<String> orderLineIds) {
        return em.createQuery("select distinct l.invoice.id from InvoiceLine l where (l.source = :item and l.sourceId"
                        + " in :lines) or (l.source = :delivery and l.sourceId = :order)", String.class)
                .setParameter("item", LineSource.ORDER)
                .setParameter("lines", orderLineIds.isEmpty() ? List.of("") : orderLineIds)
                .setParameter("delivery", LineSource.DELIVERY)
                .setParameter("order", orderId)
                .getResultList();
    }

    @Override
    public Optional<Invoice> lock(String id) {
        return Optional.ofNullable(id).map(key -> em.find(Invoice.class, key, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Invoice> search(String customerId, InvoiceStatus status, int offset, int limit) {
        String where = " where 1 = 1" + (customerId == null ? "" : " and i.customerId = :customer")
                + (status == null ? "" : " and i.status = :status");
        TypedQuery<Invoice> query = em.createQuery("select i from Invoice i" + where
                + " order by i.issueDate desc, i.number desc", Invoice.class);
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<InvoiceSummary> summaries(String customerId, int offset, int limit) {
        TypedQuery<Object[]> query = em.createQuery("select i, c.name from Invoice i, Customer c"
                + " where c.id = i.customerId" + (customerId == null ? "" : " and i.customerId = :customer")
                + " order by i.issueDate desc, i.number desc", Object[].class);
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(JpaInvoices::summary)
                .toList();
    }

    /** A row of (invoice, customer name) as a summary. */
    private static InvoiceSummary summary(Object[] row) {
        Invoice invoice = (Invoice) row[0];
        return new InvoiceSummary(invoice.id(), invoice.number(), invoice.customerId(), (String) row[1],
                invoice.issueDate(), invoice.dueDate(), invoice.status(), invoice.total(), invoice.amountDue());
    }

    @Override
    public List<Invoice> needingReminder(int days, LocalDate today, int limit) {
        return em.createQuery("select i from Invoice i where i.status in :open and i.dueDate < :before"
                        + " and not exists (select r from InvoiceReminder r where r.invoiceId = i.id"
                        + " and r.daysOverdue >= :days) order by i.dueDate, i.number", Invoice.class)
                .setParameter("open", OPEN)
                .setParameter("before", today.minusDays(days))
                .setParameter("days", days)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void add(InvoiceReminder reminder) {
        em.persist(reminder);
        em.flush();
    }

    @Override
    public List<InvoiceSummary> overdue(LocalDate today, int offset, int limit) {
        return em.createQuery("select i, c.name from Invoice i, Customer c where c.id = i.customerId"
                        + " and i.status in :open and i.dueDate < :today order by i.dueDate, i.number", Object[].class)
                .setParameter("open", OPEN)
                .setParameter("today", today)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList().stream().map(JpaInvoices::summary).toList();
    }

    @Override
    public long count(String customerId) {
        TypedQuery<Long> query = em.createQuery("select count(i) from Invoice i"
                + (customerId == null ? "" : " where i.customerId = :customer"), Long.class);
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        return query.getSingleResult();
    }

    @Override
    public Optional<InvoiceRun> findRun(String id) {
        return Optional.ofNullable(id).map(key -> em.find(InvoiceRun.class, key));
    }

    @Override
    public List<String> ofRun(String runId) {
        return em.createQuery("select i.id from Invoice i where i.runId = :run order by i.number", String.class)
                .setParameter("run", runId)
                .getResultList();
    }
}
