package coop.market.application;

import java.io.Serializable;
import java.util.List;

/**
 * What a customer has chosen and not yet checked out: service bookings and product lines, from any number of
 * members. It names no customer: whoever checks it out is the customer, so a basket filled before signing in is
 * checked out after (the web session keeps it across sign-in, which changes the session's id, not its contents).
 *
 * @param bookings the bookings asked for, each as {@code POST /bookings} takes it
 * @param order    the products, or null when there are none
 */
public record Basket(List<NewBooking> bookings, NewOrder order) implements Serializable {

    public Basket {
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
    }

    public boolean isEmpty() {
        return bookings.isEmpty() && (order == null || order.lines() == null || order.lines().isEmpty());
    }
}
