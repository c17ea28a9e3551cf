package coop.market.web.rest;

import coop.market.application.Basket;
import coop.market.application.NewBooking;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /checkout}: a basket of bookings (each as {@code POST /bookings} takes it) and an order
 * (as {@code POST /orders} takes it), either may be left out; staff add {@code customerId}.
 */
public record CheckoutRequest(String customerId, List<NewBookingRequest> bookings, NewOrderRequest order) {

    Basket toBasket() {
        List<NewBooking> asked = new ArrayList<>();
        FieldErrors errors = new FieldErrors();
        if (bookings != null) {
            for (int i = 0; i < bookings.size(); i++) {
                asked.add(command("bookings[" + i + "].", bookings.get(i), errors));
            }
        }
        errors.throwIfAny();
        return new Basket(asked, order == null ? null : order.toCommand("order.", order.customerId()));
    }

    /** One booking's command, or null (said by the checkout) when left out; its problems named under {@code at}. */
    private static NewBooking command(String at, NewBookingRequest booking, FieldErrors errors) {
        if (booking == null) {
            return null;
        }
        try {
            return booking.toCommand();
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(error -> errors.add(at + error.field(), error.message()));
            return null;
        }
    }
}
