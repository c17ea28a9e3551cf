package coop.market.web.rest;

import coop.market.application.NewBooking;
import coop.market.application.NewOrder;
import coop.market.domain.shared.FieldErrors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /orders} (and the {@code order} of {@code POST /checkout}):
 * {@code {"lines": [{"listingId": "...", "quantity": 2}], "fulfilment": "DELIVER", "address": {...}}}; staff add
 * {@code customerId}.
 */
public record NewOrderRequest(String customerId, List<LineDto> lines, String fulfilment,
        NewCustomerRequest.AddressDto address) {

    /** So many of one listing's item. */
    public record LineDto(String listingId, BigDecimal quantity) {
    }

    NewOrder toCommand() {
        return toCommand("", customerId);
    }

    /** The command, with any problem reading the numbers named under {@code at}, for {@code customer}. */
    NewOrder toCommand(String at, String customer) {
        FieldErrors errors = new FieldErrors();
        List<NewOrder.Line> read = null;
        if (lines != null) {
            read = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                LineDto line = lines.get(i);
                read.add(line == null ? null : new NewOrder.Line(line.listingId(),
                        WholeNumbers.toInteger(at + "lines[" + i + "].quantity", line.quantity(), errors)));
            }
        }
        errors.throwIfAny();
        NewBooking.Place place = address == null ? null
                : new NewBooking.Place(address.line1(), address.line2(), address.town(), address.postcode());
        return new NewOrder(customer, read, fulfilment, place);
    }
}
