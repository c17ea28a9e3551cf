package coop.market.web.faces;

import coop.market.application.PlainWords;
import coop.market.domain.order.Fulfilment;
import coop.market.domain.order.OrderLine;
import coop.market.domain.order.ProductOrder;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * An order on the staff's orders board, in words: who it is for, what is on it from whom (and whether each item is
 * ready, or when it should be), how it is handed over, and what it comes to.
 */
public record OrderRow(String id, String reference, String customer, String placed, List<String> items,
        String handOver, String total, boolean collect) implements Serializable {

    static OrderRow of(ProductOrder order, String customerName, Map<String, String> memberNames, ZoneId zone) {
        List<String> items = order.lines().stream().map(line -> item(line, memberNames)).toList();
        String handOver = order.fulfilment() == Fulfilment.COLLECT ? "Collects from the co-op"
                : order.deliveryAddress().map(address -> "Deliver to " + address.line1() + ", " + address.town()
                        + " " + address.postcode()).orElse("Deliver");
        return new OrderRow(order.id(), order.reference(), customerName,
                PlainWords.at(order.placedAt(), zone), items, handOver, PlainWords.money(order.total()),
                order.fulfilment() == Fulfilment.COLLECT);
    }

    /** "2 x Greeting cards, from Priya: ready" or "... : make by 12 Dec 2026". */
    private static String item(OrderLine line, Map<String, String> memberNames) {
        String who = memberNames.getOrDefault(line.memberId(), "a member");
        String state = line.ready() ? "ready" : (line.fromStock() ? "in stock, to get ready"
                : "made to order, ready by " + PlainWords.shortDate(line.readyOn()));
        return line.quantity() + " x " + line.description() + ", from " + who + ": " + state;
    }
}
