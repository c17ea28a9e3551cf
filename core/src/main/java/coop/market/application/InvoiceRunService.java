package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.shared.Money;
import coop.market.domain.coop.InvoicingTerms;
import coop.market.domain.invoicing.BillableWork;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.InvoiceRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pooled invoicing: one invoice per customer for everything done for them and not yet invoiced, up to
 * the period's end, each line on behalf of the member who did it. The run is not one transaction but
 * one per customer ({@link InvoiceIssuer}), so running it again, or two at once, invoices nothing
 * twice and leaves nothing out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class InvoiceRunService {

    /**
     * Customers invoiced in one database transaction: fewer commits and bigger batches make a run of thousands
     * quick; if any of them fails, the transaction rolls back (numbers too) and they are done one by one.
     */
    static final int CUSTOMERS_PER_TRANSACTION = 25;

    private static final Logger LOG = Logger.getLogger(InvoiceRunService.class.getName());

    @Inject
    InvoiceIssuer issuer;

    @Inject
    BillableWork billableWork;

    @Inject
    CooperativeService cooperative;

    @Inject
    SavedCardService savedCards;

    /** What a run did: its invoices, and any customers it could not invoice this time (say why in the log). */
    public record Result(String runId, List<String> invoiceIds, List<String> notInvoiced) {
    }

    @Inject
    InvoicingPolicies policies;

    /** Told as a run goes: so many of the customers with something to invoice are done. */
    @FunctionalInterface
    public interface Progress {
        void customersDone(int done, int of);
    }

    /** One customer's part of a preview: how many lines their invoice would have and what they come to. */
    public record CustomerWork(String customerId, int lines, Money total) {
    }

    /** What a run up to a day would invoice, customer by customer, before anything is issued. */
    public record Preview(LocalDate periodEnd, List<CustomerWork> customers) {

        public int lines() {
            return customers.stream().mapToInt(CustomerWork::lines).sum();
        }

        /** The amounts before any VAT the co-op adds to its own lines. */
        public Optional<Money> total() {
            return customers.stream().map(CustomerWork::total).reduce(Money::plus);
        }
    }

    /** The last day a run up to {@code periodEnd} would invoice, checked (not after today) as a run checks it. */
    public LocalDate periodEnd(String periodEnd) {
        return PeriodEnds.read(periodEnd, cooperative.today());
    }

    /** What a run up to the day would invoice now; nothing is written. A run may find more by the time it runs. */
    public Preview preview(String periodEnd, Actor actor) {
        Permissions.requireStaff(actor, "preview invoicing");
        LocalDate end = periodEnd(periodEnd);
        List<CustomerWork> customers = new ArrayList<>();
        billableWork.waiting(end, end.plusDays(1).atStartOfDay(cooperative.zone()).toInstant())
                .forEach((customerId, waiting) -> customers.add(work(customerId, waiting)));
        return new Preview(end, List.copyOf(customers));
    }

    private CustomerWork work(String customerId, BillableWork.Waiting waiting) {
        Money total = Money.zero(cooperative.currency());
        int lines = 0;
        for (BillableWork.DoneWork done : waiting.work()) {
            total = total.plus(done.price());
            lines++;
        }
        for (BillableWork.Fee fee : waiting.fees()) {
            total = total.plus(fee.amount());
            lines++;
        }
        for (BillableWork.FulfilledOrder order : waiting.orders()) {
            for (BillableWork.SoldItem item : order.items()) {
                total = total.plus(item.unitPrice().times(item.quantity()));
                lines++;
            }
            if (order.deliveryCharge().isPositive()) {
                total = total.plus(order.deliveryCharge());
                lines++;
            }
        }
        return new CustomerWork(customerId, lines, total);
    }

    public Result run(String periodEnd, Actor actor) {
        return run(periodEnd, actor, (done, of) -> { });
    }

    /** Runs invoicing up to the day, telling {@code progress} after each batch of customers. */
    public Result run(String periodEnd, Actor actor, Progress progress) {
        Permissions.requireStaff(actor, "run invoicing");
        LocalDate end = PeriodEnds.read(periodEnd, cooperative.today());
        InvoiceRun run = issuer.startRun(end, actor.email());
        ZoneId zone = cooperative.zone();
        // Read once: every invoice of a run has the same prefix, terms and VAT.
        InvoicingTerms terms = policies.terms();
        List<String> invoiced = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        // Everything waiting is read in one query, not one per customer: a run over thousands of customers
        // spends its time writing invoices, not finding what to put on them.
        SortedMap<String, BillableWork.Waiting> waiting = billableWork.waiting(end,
                end.plusDays(1).atStartOfDay(zone).toInstant());
        SortedMap<String, BillableWork.Waiting> chunk = new TreeMap<>();
        int done = 0;
        progress.customersDone(0, waiting.size());
        for (Map.Entry<String, BillableWork.Waiting> customer : waiting.entrySet()) {
            chunk.put(customer.getKey(), customer.getValue());
            if (chunk.size() == CUSTOMERS_PER_TRANSACTION) {
                invoiceChunk(run.id(), chunk, end, terms, invoiced, failed);
                done += chunk.size();
                progress.customersDone(done, waiting.size());
                chunk = new TreeMap<>();
            }
        }
        if (!chunk.isEmpty()) {
            invoiceChunk(run.id(), chunk, end, terms, invoiced, failed);
            progress.customersDone(waiting.size(), waiting.size());
        }
        // Now that the invoices are committed: take what is due from saved cards (and any left by a run before).
        savedCards.chargeWaiting();
        return new Result(run.id(), List.copyOf(invoiced), List.copyOf(failed));
    }

    private void invoiceChunk(String runId, SortedMap<String, BillableWork.Waiting> chunk, LocalDate end,
            InvoicingTerms terms, List<String> invoiced, List<String> failed) {
        try {
            issuer.invoiceEach(runId, chunk, end, terms).forEach(invoice -> invoiced.add(invoice.id()));
        } catch (RuntimeException clash) {
            // Most likely a run racing this one invoiced some of it first: one customer at a time, then.
            LOG.log(Level.FINE, "Invoice run " + runId + " invoices " + chunk.size() + " customers singly", clash);
            chunk.forEach((customerId, seen) -> singly(runId, customerId, seen, end, terms, failed)
                    .map(Invoice::id).ifPresent(invoiced::add));
        }
    }

    /** One customer in a transaction of its own; if what the run read for them clashes, read again. */
    private Optional<Invoice> singly(String runId, String customerId, BillableWork.Waiting seen, LocalDate end,
            InvoicingTerms terms, List<String> failed) {
        try {
            return issuer.invoice(runId, customerId, seen, end, terms);
        } catch (RuntimeException clash) {
            LOG.log(Level.FINE, "Invoice run " + runId + " reads customer " + customerId + " again", clash);
        }
        try {
            return issuer.invoice(runId, customerId, null, end, terms);
        } catch (RuntimeException e) {
            // One customer's trouble must not stop everyone else's invoice; the next run tries them again.
            LOG.log(Level.WARNING, "Invoice run " + runId + " could not invoice customer " + customerId, e);
            failed.add(customerId);
            return Optional.empty();
        }
    }
}
