package coop.market.domain.invoicing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Invoices and invoice runs. */
public interface Invoices {

    void add(InvoiceRun run);

    /** Adds an issued invoice with its lines; the database refuses a line whose source is already invoiced. */
    void add(Invoice invoice);

    Optional<Invoice> find(String id);

    /** The invoice, its row locked to the end of the transaction (payments and credit notes take turns). */
    Optional<Invoice> lock(String id);

    /** Invoices, newest first, optionally only one customer's and only of one status. */
    List<Invoice> search(String customerId, InvoiceStatus status, int offset, int limit);

    Optional<InvoiceRun> findRun(String id);

    /** A page of invoices with their customers' names, newest first, optionally only one customer's. */
    List<InvoiceSummary> summaries(String customerId, int offset, int limit);

    long count(String customerId);

    /**
     * Open invoices (issued or part paid) that fell due more than {@code days} days before {@code today} and
     * have had no reminder at that stage or a later one, oldest first.
     */
    List<Invoice> needingReminder(int days, LocalDate today, int limit);

    void add(InvoiceReminder reminder);

    /** Open invoices past their due date, the longest overdue first. */
    List<InvoiceSummary> overdue(LocalDate today, int offset, int limit);

    /**
     * The ids of the invoices holding lines for this order: its items (by order line id) or its delivery (by order
     * id). Only an order paid for at checkout has any before it is fulfilled.
     */
    List<String> holdingOrder(String orderId, Collection<String> orderLineIds);

    /** The ids of the invoices a run issued. */
    List<String> ofRun(String runId);
}
