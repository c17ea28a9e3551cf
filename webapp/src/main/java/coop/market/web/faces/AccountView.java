package coop.market.web.faces;

import coop.market.application.CalendarService;
import coop.market.application.CooperativeService;
import coop.market.domain.coop.PayeeAccount;
import coop.market.application.SavedCardService;
import coop.market.application.CustomerAccountService;
import coop.market.application.CustomerAccountService.Visit;
import coop.market.application.CustomerAccountService.Visits;
import coop.market.application.InvoiceService;
import coop.market.application.OrderService;
import coop.market.application.PlainWords;
import coop.market.application.VisibleOrder;
import coop.market.domain.account.Actor;
import coop.market.domain.cardpayment.SavedCard;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.order.Fulfilment;
import coop.market.domain.order.OrderLine;
import coop.market.domain.order.OrderQuery;
import coop.market.domain.order.OrderStatus;
import coop.market.domain.order.ProductOrder;
import coop.market.domain.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "Your account", the signed-in customer's page: their upcoming and past visits (each with its series), their
 * product orders and their invoices, with the ways to change, cancel, download and pay them.
 */
@Named
@RequestScoped
public class AccountView {

    static final String PAGE = "/account/index.xhtml";

    /** Orders and invoices shown, newest first. */
    private static final int SHOWN = 50;

    @Inject
    AccountGate gate;

    @Inject
    CustomerAccountService account;

    @Inject
    OrderService orderService;

    @Inject
    InvoiceService invoiceService;

    @Inject
    CooperativeService cooperative;

    @Inject
    CardPaymentsOffer cardPayments;

    @Inject
    SavedCardService savedCards;

    private String said;
    private Visits visits;
    private List<ProductOrder> orders = List.of();
    private List<Invoice> invoices = List.of();
    private String card;

    public void load() throws IOException {
        Optional<Actor> customer = gate.customer(PAGE + (said == null ? "" : "?said=" + Answers.encoded(said)));
        if (customer.isEmpty()) {
            return;
        }
        Actor actor = customer.get();
        if (Forms.sentBy("remove-card") != null) {
            savedCards.forget(actor);
            Answers.redirect(PAGE + "?said=card-removed");
            return;
        }
        card = savedCards.card(actor).flatMap(SavedCard::description).orElse(null);
        visits = account.visits(actor);
        String own = actor.customerId();
        orders = orderService.search(new OrderQuery(own, null, 0, SHOWN), actor).stream()
                .map(VisibleOrder::order).filter(order -> order.customerId().equals(own)).toList();
        invoices = invoiceService.search(own, null, 0, SHOWN, actor);
    }

    public String getNoticeText() {
        if (said == null) {
            return null;
        }
        return switch (said) {
            case "cancelled" -> "Your booking is cancelled. We have e-mailed you and told the member.";
            case "moved" -> "Your booking is moved to the new time. We have e-mailed you and told the member.";
            case "order-cancelled" -> "Your order is cancelled. We have e-mailed you.";
            case "paid" -> "Thank you. Your payment is being taken: the invoice shows it as paid once your bank"
                    + " confirms it, usually within a minute.";
            case "card-saved" -> "Thank you. Your card is being saved with Stripe: it shows here within a minute.";
            case "card-removed" -> "Your card is removed. We will not take money from it.";
            case Answers.GONE -> "That could not be done: it has changed since the page was shown.";
            default -> null;
        };
    }

    public boolean isShown() {
        return visits != null;
    }

    /** "Visa ending 4242": the card invoices are taken from, or null. */
    public String getCard() {
        return card;
    }

    /** Whether to show "Your card": a card is saved, or one may be. */
    public boolean isCardSection() {
        return card != null || cardPayments.offered();
    }

    public String when(Visit visit) {
        return PlainWords.when(visit.start(), visit.end(), cooperative.zone());
    }

    public String status(Visit visit) {
        return AccountWords.status(visit);
    }

    public String series(Visit visit) {
        return AccountWords.series(visit);
    }

    public String money(Money money) {
        return PlainWords.money(money);
    }

    public String date(LocalDate day) {
        return PlainWords.date(day);
    }

    public String orderStatus(ProductOrder order) {
        return AccountWords.status(order);
    }

    /** The customer may cancel an order until its items are ready (then the co-op may, on request). */
    public boolean cancellable(ProductOrder order) {
        return order.status() == OrderStatus.PLACED;
    }

    /** "Made to order: ready about 14 December 2026", for items made to order and not ready yet; else null. */
    public String readyWords(ProductOrder order, OrderLine line) {
        if (line.fromStock() || line.ready() || order.status() == OrderStatus.CANCELLED
                || order.status() == OrderStatus.FULFILLED) {
            return null;
        }
        return "Made to order: ready about " + PlainWords.date(line.readyOn());
    }

    /** "You collect it from the co-op", or "Delivered to ... (delivery £3.50)". */
    public String fulfilment(ProductOrder order) {
        if (order.fulfilment() == Fulfilment.COLLECT) {
            return "You collect it from us";
        }
        String to = order.deliveryAddress().map(CalendarService::place).orElse("your address");
        return "We deliver it to " + to + (order.deliveryCharge().isPositive()
                ? " (delivery " + PlainWords.money(order.deliveryCharge()) + ")" : " (free delivery)");
    }

    public String invoiceStatus(Invoice invoice) {
        return InvoiceWords.of(invoice.status(), invoice.dueDate(), cooperative.today());
    }

    /** Whether to offer "Pay": money is due and card payments are set up. */
    public boolean payable(Invoice invoice) {
        return invoice.amountDue().isPositive() && cardPayments.offered();
    }

    /** Whether any invoice has money due but no card option: say how else to pay. */
    /** The co-op's account to pay into by bank transfer, in words, or null until an administrator gives it. */
    public String getPayInto() {
        return cooperative.bankAccount().map(PayeeAccount::written).orElse(null);
    }

    public boolean isBankTransferWords() {
        return !cardPayments.offered() && invoices.stream().anyMatch(i -> i.amountDue().isPositive());
    }

    public List<Visit> getUpcoming() {
        return visits == null ? List.of() : visits.upcoming();
    }

    public List<Visit> getPast() {
        return visits == null ? List.of() : visits.past();
    }

    public List<ProductOrder> getOrders() {
        return orders;
    }

    public List<Invoice> getInvoices() {
        return invoices;
    }

    public String getSaid() {
        return said;
    }

    public void setSaid(String said) {
        this.said = said;
    }
}
