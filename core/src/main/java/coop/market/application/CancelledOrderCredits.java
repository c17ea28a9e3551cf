package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.InvoiceLine;
import coop.market.domain.invoicing.Invoices;
import coop.market.domain.invoicing.LineShare;
import coop.market.domain.invoicing.LineSource;
import coop.market.domain.order.OrderLine;
import coop.market.domain.order.ProductOrder;
import coop.market.domain.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When an order paid for at checkout is cancelled, its invoice must not ask for the money any more: what is still
 * to pay on the order's lines is credited, in the cancelling transaction. Money already paid for the order has to
 * go back to the customer first (a refund from the invoice, which credits it as it goes), so an order with money
 * paid on it is not cancelled: nothing is then cancelled that the customer has paid for and not had back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CancelledOrderCredits {

    @Inject
    Invoices invoices;

    @Inject
    CreditNoteService creditNotes;

    /** Whether money has been paid for the order (on its checkout invoice) and not refunded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean paidFor(ProductOrder order) {
        Set<String> lineIds = order.lines().stream().map(OrderLine::id).collect(Collectors.toSet());
        return invoices.holdingOrder(order.id(), lineIds).stream().map(invoices::find).flatMap(Optional::stream)
                .flatMap(invoice -> invoice.lines().stream()).filter(line -> ofOrder(line, order, lineIds))
                .anyMatch(line -> line.received().isPositive());
    }

    /**
     * Credits what is unpaid on the order's invoice lines, if it has any.
     *
     * @throws ConflictException {@code order-paid} when money paid for the order has not been refunded
     */
    public void credit(ProductOrder order, Actor actor) {
        Set<String> lineIds = order.lines().stream().map(OrderLine::id).collect(Collectors.toSet());
        List<Invoice> holding = invoices.holdingOrder(order.id(), lineIds).stream().sorted()
                .map(id -> invoices.lock(id).orElseThrow()).toList();
        for (Invoice invoice : holding) {
            List<InvoiceLine> lines = invoice.lines().stream().filter(line -> ofOrder(line, order, lineIds)).toList();
            if (lines.stream().anyMatch(line -> line.received().isPositive())) {
                throw new ConflictException("order-paid", actor.isStaff()
                        ? "Order " + order.reference() + " is paid on invoice " + invoice.number() + ". Refund the"
                        + " payment from the invoice first, then cancel the order."
                        : "You have paid for order " + order.reference() + ". Please ask the co-op to cancel it."
                        + " They give your money back.");
            }
        }
        for (Invoice invoice : holding) {
            List<LineShare> unpaid = new ArrayList<>();
            invoice.lines().stream().filter(line -> ofOrder(line, order, lineIds))
                    .filter(line -> line.outstanding().isPositive())
                    .forEach(line -> unpaid.add(new LineShare(line, line.outstanding())));
            if (!unpaid.isEmpty()) {
                creditNotes.credit(invoice, unpaid, "Order " + order.reference() + " was cancelled.",
                        actor.email());
            }
        }
    }

    private static boolean ofOrder(InvoiceLine line, ProductOrder order, Set<String> lineIds) {
        return line.source() == LineSource.ORDER ? lineIds.contains(line.sourceId())
                : line.source() == LineSource.DELIVERY && order.id().equals(line.sourceId());
    }
}
