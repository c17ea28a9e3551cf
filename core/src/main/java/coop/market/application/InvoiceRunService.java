package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.invoicing.BillableWork;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.InvoiceRun;
import coop.market.domain.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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

    private static final Logger LOG = Logger.getLogger(InvoiceRunService.class.getName());

    @Inject
    InvoiceIssuer issuer;

    @Inject
    BillableWork billableWork;

    @Inject
    CooperativeService cooperative;

    /** What a run did: its invoices, and any customers it could not invoice this time (say why in the log). */
    public record Result(String runId, List<String> invoiceIds, List<String> notInvoiced) {
    }

    public Result run(String periodEnd, Actor actor) {
        Permissions.requireStaff(actor, "run invoicing");
        LocalDate end = periodEnd(periodEnd);
        InvoiceRun run = issuer.startRun(end, actor.email());
        ZoneId zone = cooperative.zone();
        List<String> invoiced = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String customerId : billableWork.customersWithBillables(end,
                end.plusDays(1).atStartOfDay(zone).toInstant())) {
            try {
                issuer.invoice(run.id(), customerId, end).map(Invoice::id).ifPresent(invoiced::add);
            } catch (RuntimeException e) {
                // One customer's trouble must not stop everyone else's invoice; the next run tries them again.
                LOG.log(Level.WARNING, "Invoice run " + run.id() + " could not invoice customer " + customerId, e);
                failed.add(customerId);
            }
        }
        return new Result(run.id(), List.copyOf(invoiced), List.copyOf(failed));
    }

    private LocalDate periodEnd(String text) {
        LocalDate end;
        try {
            end = LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("periodEnd", "Use a date like 2027-01-31");
        }
        if (end.isAfter(cooperative.today())) {
            throw new InvalidInputException("periodEnd", "The period cannot end after today");
        }
        return end;
    }
}
