package coop.market.web.faces;

import coop.market.application.CooperativeService;
import coop.market.application.CustomerService;
import coop.market.application.MemberService;
import coop.market.application.OrderService;
import coop.market.domain.account.Actor;
import coop.market.domain.member.Member;
import coop.market.domain.order.OrderLine;
import coop.market.domain.order.OrderStatus;
import coop.market.domain.order.ProductOrder;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.NotFoundException;
import coop.market.web.security.SignedIn;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;

/**
 * The orders board: orders placed and still to get ready, and orders ready to be collected or delivered, oldest
 * first, each a page at a time from the database. Staff mark an order ready (for all its members), say it was
 * handed over (from then on the next invoice run bills it) or cancel it, after saying yes to a question. The
 * buttons are plain submit buttons naming their order, handled by the page's view action.
 */
@Named
@ViewScoped
public class OrdersBoardView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/staff/orders.xhtml";

    /** An order paid for at checkout is not cancelled before its money is refunded (the refusal's kind). */
    static final String PAID = "order-paid";

    @Inject
    OrderService orders;

    @Inject
    CustomerService customers;

    @Inject
    MemberService members;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    private String said;
    private String ask;
    private OrderRow asked;
    private final LazyDataModel<OrderRow> placed = board(OrderStatus.PLACED);
    private final LazyDataModel<OrderRow> ready = board(OrderStatus.READY);

    private LazyDataModel<OrderRow> board(OrderStatus status) {
        return new PagedRows<>(() -> orders.countOnBoard(status, staff()),
                (offset, limit) -> rows(orders.board(status, offset, limit, staff())), OrderRow::id);
    }

    /** Staff only; carries out a button's action, or asks first before cancelling. */
    public void load() throws IOException {
        if (signedIn.actor().filter(Actor::isStaff).isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String act = faces.getExternalContext().getRequestParameterMap().get("act");
        if (faces.isPostback() && act != null && act.startsWith("cancel ")) {
            Answers.redirect(PAGE + "?ask=" + Answers.encoded(act.substring("cancel ".length()).strip()));
            return;
        }
        if (faces.isPostback() && act != null) {
            Answers.redirect(PAGE + "?said=" + carryOut(act.strip()));
            return;
        }
        if (ask != null) {
            try {
                asked = rows(List.of(orders.get(ask, staff()).order())).get(0);
            } catch (NotFoundException e) {
                asked = null;
            }
        }
    }

    private String carryOut(String act) {
        String[] parts = act.split(" ", 2);
        if (parts.length < 2) {
            return Answers.GONE;
        }
        String order = parts[1];
        try {
            switch (parts[0]) {
                case "ready" -> orders.markReady(order, null, staff());
                case "handed" -> orders.fulfil(order, staff());
                case "cancel-yes" -> orders.cancel(order, staff());
                default -> {
                    return Answers.GONE;
                }
            }
            return parts[0];
        } catch (ConflictException e) {
            return PAID.equals(e.kind()) ? PAID : Answers.GONE;
        } catch (NotFoundException | IllegalStateException e) {
            return Answers.GONE;
        }
    }

    private List<OrderRow> rows(List<ProductOrder> page) {
        Map<String, String> names = new HashMap<>();
        page.stream().map(ProductOrder::customerId).distinct()
                .forEach(id -> names.put(id, customers.get(id).name()));
        Map<String, String> makers = members.displayNames(page.stream().flatMap(order -> order.lines().stream())
                .map(OrderLine::memberId).collect(Collectors.toSet())).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> Member.firstNameOf(entry.getValue())));
        return page.stream().map(order -> OrderRow.of(order, names.get(order.customerId()), makers,
                cooperative.zone())).toList();
    }

    private Actor staff() {
        return signedIn.actor().filter(Actor::isStaff).orElse(null);
    }

    public String getNoticeText() {
        if (said == null) {
            return null;
        }
        return switch (said) {
            case "ready" -> "Marked ready. The customer has been e-mailed.";
            case "handed" -> "Handed over. The next invoice run bills it.";
            case "cancel-yes" -> "Cancelled. Items from stock are back in stock, and the customer has been e-mailed.";
            case Answers.GONE -> "That order had already moved on, so nothing was changed.";
            case PAID -> "That order is paid for, so it was not cancelled. Refund the payment from its invoice"
                    + " first, then cancel the order.";
            default -> null;
        };
    }

    public LazyDataModel<OrderRow> getPlaced() {
        return placed;
    }

    public LazyDataModel<OrderRow> getReady() {
        return ready;
    }

    /** The order staff are asked about cancelling, or null. */
    public OrderRow getAsked() {
        return asked;
    }

    public String getSaid() {
        return said;
    }

    public void setSaid(String said) {
        this.said = said;
    }

    public String getAsk() {
        return ask;
    }

    public void setAsk(String ask) {
        this.ask = ask;
    }
}
