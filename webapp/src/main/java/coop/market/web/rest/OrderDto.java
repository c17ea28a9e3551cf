package coop.market.web.rest;

import coop.market.application.VisibleOrder;
import coop.market.domain.order.OrderLine;
import coop.market.domain.order.ProductOrder;
import java.time.ZoneId;
import java.util.List;

/**
 * An order on the wire: {@code {id, status, lines, total}} as the contract has it, and beyond it its short
 * reference, customer, how it reaches them (with the delivery charge and address), when it was placed, ready,
 * fulfilled or cancelled. A member sees only their own lines and what they come to, without the delivery details.
 */
public record OrderDto(String id, String reference, String status, String customerId, String fulfilment,
        NewCustomerRequest.AddressDto address, List<LineDto> lines, MoneyDto deliveryCharge, MoneyDto total,
        String placedAt, String readyAt, String fulfilledAt, String cancelledAt) {

    /** One line: the item, whose it is, how many at what price, and when it will be (or was made) ready. */
    public record LineDto(String id, String listingId, String memberId, String description, int quantity,
            MoneyDto unitPrice, MoneyDto total, boolean fromStock, boolean madeToOrder, String readyOn,
            String readyAt) {

        static LineDto of(OrderLine line, ZoneId zone) {
            return new LineDto(line.id(), line.listingId(), line.memberId(), line.description(), line.quantity(),
                    MoneyDto.of(line.unitPrice()), MoneyDto.of(line.total()), line.fromStock(), !line.fromStock(),
                    line.readyOn().toString(), line.readyAt().map(t -> Times.format(t, zone)).orElse(null));
        }
    }

    static OrderDto of(VisibleOrder visible, ZoneId zone) {
        ProductOrder order = visible.order();
        NewCustomerRequest.AddressDto address = visible.whole() ? order.deliveryAddress()
                .map(at -> new NewCustomerRequest.AddressDto(at.line1(), at.line2(), at.town(), at.postcode()))
                .orElse(null) : null;
        return new OrderDto(order.id(), order.reference(), order.status().name(), order.customerId(),
                order.fulfilment().name(), address, visible.lines().stream().map(l -> LineDto.of(l, zone)).toList(),
                visible.whole() ? MoneyDto.of(order.deliveryCharge()) : null, MoneyDto.of(visible.total()),
                Times.format(order.placedAt(), zone), order.readyAt().map(t -> Times.format(t, zone)).orElse(null),
                order.fulfilledAt().map(t -> Times.format(t, zone)).orElse(null),
                order.cancelledAt().map(t -> Times.format(t, zone)).orElse(null));
    }
}
