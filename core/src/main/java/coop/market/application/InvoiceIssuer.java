package coop.market.application;

import coop.market.domain.cardpayment.CardGateway;
import coop.market.domain.cardpayment.CardPayment;
import coop.market.domain.cardpayment.CardPayments;
import coop.market.domain.coop.InvoicingTerms;
import coop.market.domain.customer.Customer;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.invoicing.Billable;
import coop.market.domain.invoicing.BillableWork;
import coop.market.domain.invoicing.BilledTo;
import coop.market.domain.invoicing.DocumentKind;
import coop.market.domain.invoicing.DocumentNumbers;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.InvoicePostings;
import coop.market.domain.invoicing.InvoiceRun;
import coop.market.domain.invoicing.Invoices;
import coop.market.domain.invoicing.LineSource;
import coop.market.domain.ledger.Ledger;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.notification.Outbox;
import coop.market.domain.order.ProductOrder;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.Money;
import coop.market.spi.Trade;
import coop.market.spi.TradeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Issues one customer's invoice in an invoice run, in a database transaction of its own: an invoice
 * run is many of these, so a failure (or a crash) part way through loses only the invoice being made,
 * and running again picks up the customers not yet invoiced. Within the transaction: the customer's
 * row is locked (a second run at the same moment waits, then finds nothing left), their uninvoiced
 * work is read, the invoice takes the next number, and the ledger gets the invoice's posting. Also
 * issues the invoice of an order paid for at checkout, inside the checkout's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class InvoiceIssuer {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    @Inject
    Invoices invoices;

    @Inject
    BillableWork billableWork;

    @Inject
    CustomerRepository customers;

    @Inject
    DocumentNumbers numbers;

    @Inject
    Ledger ledger;

    @Inject
    Outbox outbox;

    @Inject
    TradeRegistry trades;

    @Inject
    CardPayments cardPayments;

    @Inject
    CardGateway cardGateway;

    @Inject
    MemberRepository members;

    @Inject
    CooperativeService cooperative;

    @Inject
    Clock clock;

    /** Records the run itself, committed at once so its invoices can name it. */
    public InvoiceRun startRun(LocalDate periodEnd, String startedBy) {
        InvoiceRun run = new InvoiceRun(Ids.newId(), periodEnd, clock.instant(), startedBy);
        invoices.add(run);
        return run;
    }

    /**
     * Invoices for each of these customers, in one transaction: all of them, or (if any fails) none.
     *
     * @param waiting what the run read for each customer at its start
     */
    public List<Invoice> invoiceEach(String runId, SortedMap<String, BillableWork.Waiting> waiting,
            LocalDate periodEnd, InvoicingTerms terms) {
        List<Invoice> made = new ArrayList<>();
        waiting.forEach((customerId, seen) -> invoice(runId, customerId, seen, periodEnd, terms).ifPresent(made::add));
        return made;
    }

    /**
     * The customer's invoice for everything uninvoiced up to the period's end, or empty if there is nothing.
     * {@code seen} is what the run read for them at its start (null: read it now, under the customer's lock). If
     * a run racing this one has invoiced some of it meanwhile, the unique key on invoice lines refuses the
     * invoice and this transaction rolls back, number and all; the caller then asks again with null.
     */
    public Optional<Invoice> invoice(String runId, String customerId, BillableWork.Waiting seen, LocalDate periodEnd,
            InvoicingTerms terms) {
        Optional<Customer> customer = customers.lockForInvoicing(customerId);
        if (customer.isEmpty()) {
            return Optional.empty();
        }
        ZoneId zone = cooperative.zone();
        BillableWork.Waiting waiting = seen == null ? stillWaiting(customerId, periodEnd, zone) : seen;
        List<Billable> billables = new ArrayList<>();
        for (BillableWork.DoneWork work : waiting.work()) {
            billables.add(line(customerId, work, zone));
        }
        for (BillableWork.Fee fee : waiting.fees()) {
            billables.add(new Billable(LineSource.FEE, fee.itemId(), customerId, fee.memberId(), fee.memberName(),
                    fee.supplyDate(), fee.description(), BigDecimal.ONE, fee.amount(), fee.amount()));
        }
        for (BillableWork.FulfilledOrder order : waiting.orders()) {
            billables.addAll(lines(customerId, order, zone));
        }
        if (billables.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(issue(runId, customer.get(), billables, terms));
    }

    /**
     * The invoice for an order its customer pays for now, at checkout: its items (each on behalf of its member)
     * and its delivery, supplied the day it was placed. Made in the checkout's own transaction, so the order and
     * its invoice are made together or not at all; the invoice run then finds the items invoiced already. A
     * card the customer saved before is charged for it once the checkout commits ({@link SavedCardService}).
     *
     * @return empty when the order has nothing to pay (every item free)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Invoice> invoiceOrderNow(ProductOrder order, InvoicingTerms terms) {
        Customer customer = customers.find(order.customerId()).orElseThrow();
        Map<String, String> names = members.displayNames(order.memberIds());
        List<BillableWork.SoldItem> items = order.lines().stream().filter(line -> line.unitPrice().isPositive())
                .map(line -> new BillableWork.SoldItem(line.id(), line.memberId(), names.get(line.memberId()),
                        line.description(), line.quantity(), line.unitPrice()))
                .toList();
        List<Billable> billables = lines(order.customerId(), new BillableWork.FulfilledOrder(order.id(),
                order.placedAt(), items, order.deliveryCharge()), cooperative.zone());
        return billables.isEmpty() ? Optional.empty() : Optional.of(issue(null, customer, billables, terms));
    }

    /**
     * Issues the customer's invoice for these lines: the next number, the ledger's posting, the e-mail, and a
     * payment from the card they saved, if they did.
     */
    private Invoice issue(String runId, Customer customer, List<Billable> billables, InvoicingTerms terms) {
        LocalDate issued = cooperative.today();
        String number = numbers.next(DocumentKind.INVOICE, issued.getYear()).format(terms.prefix());
        Invoice invoice = new Invoice(Ids.newId(), number, customer.id(),
                new BilledTo(customer.name(), customer.organisation(), customer.email(), customer.address()), runId,
                issued, issued.plusDays(terms.paymentDays()), billables, terms.vat().orElse(null), terms.vatNumber(),
                clock.instant());
        invoices.add(invoice);
        ledger.post(InvoicePostings.issued(invoice, Ids.newId(), clock.instant()));
        outbox.add(DocumentEmails.invoice(invoice, customer, cooperative.contact(), cooperative.bankAccount(),
                clock.instant()));
        if (cardGateway.enabled()) {
            // Recorded with the invoice, sent to the processor after it commits (SavedCardService).
            cardPayments.savedCard(customer.id()).flatMap(card -> CardPayment.forSavedCard(Ids.newId(), invoice.id(),
                    invoice.amountDue(), card, clock.instant())).ifPresent(cardPayments::add);
        }
        return invoice;
    }

    private BillableWork.Waiting stillWaiting(String customerId, LocalDate periodEnd, ZoneId zone) {
        Instant endOfPeriod = periodEnd.plusDays(1).atStartOfDay(zone).toInstant();
        return new BillableWork.Waiting(billableWork.doneWork(customerId, endOfPeriod),
                billableWork.fees(customerId, periodEnd), billableWork.fulfilledOrders(customerId, endOfPeriod));
    }

    /**
     * A fulfilled order as invoice lines, supplied the day it was fulfilled: each item on behalf of its member, and
     * the delivery charge as the co-op's own line. Delivery is the co-op's service (one trip brings several
     * members' items), so its money goes to the co-op's delivery income, never to a member's payable.
     */
    private List<Billable> lines(String customerId, BillableWork.FulfilledOrder order, ZoneId zone) {
        LocalDate day = order.fulfilledAt().atZone(zone).toLocalDate();
        String reference = ProductOrder.referenceOf(order.orderId());
        List<Billable> lines = new ArrayList<>();
        for (BillableWork.SoldItem item : order.items()) {
            lines.add(new Billable(LineSource.ORDER, item.lineId(), customerId, item.memberId(), item.memberName(), day,
                    item.description() + ", order " + reference, BigDecimal.valueOf(item.quantity()),
                    item.unitPrice(), item.unitPrice().times(item.quantity())));
        }
        if (order.deliveryCharge().isPositive()) {
            lines.add(new Billable(LineSource.DELIVERY, order.orderId(), customerId, null,
                    cooperative.contact().coopName(), day, "Delivery of order " + reference, BigDecimal.ONE,
                    order.deliveryCharge(), order.deliveryCharge()));
        }
        return lines;
    }

    /** A completed booking as an invoice line: the trade, the day and how long, at the price frozen when booked. */
    private Billable line(String customerId, BillableWork.DoneWork work, ZoneId zone) {
        LocalDate day = work.start().atZone(zone).toLocalDate();
        String trade = trades.find(work.tradeCode()).map(Trade::name).orElse(work.tradeCode());
        Duration length = Duration.ofMinutes(work.durationMinutes());
        BigDecimal hours = BigDecimal.valueOf(work.durationMinutes()).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
        Money perHour = Money.ofMinor(BigDecimal.valueOf(work.price().minor()).multiply(MINUTES_PER_HOUR)
                .divide(BigDecimal.valueOf(work.durationMinutes()), 0, RoundingMode.HALF_UP).longValueExact(),
                work.price().currency());
        return new Billable(LineSource.BOOKING, work.bookingId(), customerId, work.memberId(), work.memberName(), day,
                trade + ", " + PlainWords.shortDate(day) + ", " + PlainWords.duration(length), hours, perHour, work.price());
    }
}
