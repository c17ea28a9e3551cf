package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.InvoiceStatus;
import coop.market.domain.invoicing.InvoiceSummary;
import coop.market.domain.invoicing.Invoices;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/** Reading invoices: staff see all, a customer only their own (anyone else's does not exist for them). */
@ApplicationScoped
@Transactional
public class InvoiceService {

    public static final int MAX_PAGE = 100;

    @Inject
    Invoices invoices;

    @Inject
    CooperativeService cooperative;

    public Invoice get(String id, Actor actor) {
        return invoices.find(id).filter(invoice -> visible(invoice, actor))
                .orElseThrow(() -> new NotFoundException("Invoice", id));
    }

    /** A page of invoices for staff, newest first, optionally one customer's. */
    public List<InvoiceSummary> summaries(String customerId, int offset, int limit, Actor actor) {
        Permissions.requireStaff(actor, "see every invoice");
        return invoices.summaries(blankToNull(customerId), offset, limit);
    }

    public long count(String customerId, Actor actor) {
        Permissions.requireStaff(actor, "see every invoice");
        return invoices.count(blankToNull(customerId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Open invoices past their due date, the longest overdue first (staff only). */
    public List<InvoiceSummary> overdue(int offset, int limit, Actor actor) {
        Permissions.requireStaff(actor, "see overdue invoices");
        return invoices.overdue(cooperative.today(), offset, limit);
    }

    /** The invoices a run issued (staff only). */
    public List<String> ofRun(String runId, Actor actor) {
        Permissions.requireStaff(actor, "see invoice runs");
        invoices.findRun(runId).orElseThrow(() -> new NotFoundException("Invoice run", runId));
        return invoices.ofRun(runId);
    }

    public List<Invoice> search(String customerId, String status, int offset, int limit, Actor actor) {
        String customer = customerId == null || customerId.isBlank() ? null : customerId.strip();
        if (!actor.isStaff()) {
            String own = actor.customer()
                    .orElseThrow(() -> new AccessDeniedException("Only customers and staff see invoices"));
            if (customer != null && !customer.equals(own)) {
                return List.of();
            }
            customer = own;
        }
        return invoices.search(customer, status(status), Math.max(0, offset), Math.min(Math.max(1, limit), MAX_PAGE));
    }

    private static InvoiceStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return InvoiceStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "Use ISSUED, PART_PAID, PAID or CREDITED");
        }
    }

    private static boolean visible(Invoice invoice, Actor actor) {
        return actor.isStaff() || actor.customer().filter(invoice.customerId()::equals).isPresent();
    }
}
