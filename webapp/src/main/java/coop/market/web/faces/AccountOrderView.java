package coop.market.web.faces;

import coop.market.application.OrderService;
import coop.market.domain.account.Actor;
import coop.market.domain.order.ProductOrder;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/**
 * One of the customer's product orders, and cancelling it while it may be (until its items are ready): the page
 * shows what would be cancelled and asks first. Items from stock go back on sale; everyone concerned is e-mailed.
 */
@Named
@RequestScoped
public class AccountOrderView {

    static final String PAGE = "/account/order.xhtml";

    @Inject
    AccountGate gate;

    @Inject
    OrderService orders;

    @Inject
    AccountView words;

    private String id;
    private ProductOrder order;
    private String problem;
    private boolean paid;

    public void load() throws IOException {
        Optional<Actor> customer = gate.customer(PAGE + "?id=" + (id == null ? "" : Answers.encoded(id)));
        if (customer.isEmpty()) {
            return;
        }
        Actor actor = customer.get();
        try {
            order = id == null ? null : orders.get(id, actor).order();
        } catch (NotFoundException e) {
            order = null;
        }
        if (order == null || !order.customerId().equals(actor.customerId())) {
            order = null;
            AccountGate.notFound();
            return;
        }
        paid = orders.paidFor(id, actor);
        if (Forms.sentBy("cancel") != null) {
            try {
                orders.cancel(id, actor);
            } catch (ConflictException e) {
                problem = e.getMessage();
                order = orders.get(id, actor).order();
                return;
            }
            Answers.redirect(AccountView.PAGE + "?said=order-cancelled");
        }
    }

    public boolean isShown() {
        return order != null;
    }

    public ProductOrder getOrder() {
        return order;
    }

    /** The account page's words for orders (status, ready dates, collection or delivery). */
    public AccountView getWords() {
        return words;
    }

    /** The customer may cancel it here: still being got ready, and not paid for (a paid one needs a refund). */
    public boolean isCancellable() {
        return words.cancellable(order) && !paid;
    }

    /** Paid for at checkout: the co-op cancels it and gives the money back. */
    public boolean isPaid() {
        return paid;
    }

    /** Why cancelling was refused (the order has just become ready, say), or null. */
    public String getProblem() {
        return problem;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
