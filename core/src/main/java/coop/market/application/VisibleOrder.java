package coop.market.application;

import coop.market.domain.order.OrderLine;
import coop.market.domain.order.ProductOrder;
import coop.market.domain.shared.Money;
import java.util.List;

/**
 * An order as one person may see it: whole for its customer and for staff; for a member, only the lines of their
 * own items (what other members sold, and where it goes, is not theirs to know: the co-op delivers).
 *
 * @param memberId the member who sees only their lines, or null for the whole order
 */
public record VisibleOrder(ProductOrder order, String memberId) {

    public static VisibleOrder whole(ProductOrder order) {
        return new VisibleOrder(order, null);
    }

    public boolean whole() {
        return memberId == null;
    }

    public List<OrderLine> lines() {
        return whole() ? order.lines() : order.linesOf(memberId);
    }

    /** What the customer pays for the whole order; for a member, what their own items come to. */
    public Money total() {
        return whole() ? order.total()
                : lines().stream().map(OrderLine::total).reduce(Money.zero(order.currency()), Money::plus);
    }
}
