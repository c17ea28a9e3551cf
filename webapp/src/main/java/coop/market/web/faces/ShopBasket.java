package coop.market.web.faces;

import coop.market.application.Basket;
import coop.market.application.NewBooking;
import coop.market.application.NewOrder;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a visitor has put in their basket: visits to book and things to buy, from any number of members. It lives in
 * the web session, so it is still there after signing in or creating an account (signing in gives the session a new
 * id, not new contents). Nothing is booked or taken from stock until checkout.
 */
@Named("basket")
@SessionScoped
public class ShopBasket implements Serializable {

    private static final long serialVersionUID = 1L;

    /** More than anyone would check out at once; a bound so a session cannot grow without end. */
    static final int MOST_ITEMS = 30;

    private final List<BasketBooking> bookings = new ArrayList<>();
    private final List<BasketProduct> products = new ArrayList<>();
    private boolean delivery;
    private NewBooking.Place deliveryAddress;
    private CheckedOut lastCheckout;

    /** Adds a visit (or a series of visits); false when the basket is full. */
    public boolean add(BookingChoice choice) {
        if (size() >= MOST_ITEMS) {
            return false;
        }
        bookings.add(new BasketBooking(newKey(), choice));
        return true;
    }

    /** Adds so many of a product; the same product again adds to its line. False when the basket is full. */
    public boolean add(ProductChoice choice) {
        for (int i = 0; i < products.size(); i++) {
            BasketProduct line = products.get(i);
            if (line.choice().listingId().equals(choice.listingId())) {
                products.set(i, new BasketProduct(line.key(), choice.withQuantity(line.choice().quantity()
                        + choice.quantity())));
                return true;
            }
        }
        if (size() >= MOST_ITEMS) {
            return false;
        }
        products.add(new BasketProduct(newKey(), choice));
        return true;
    }

    public void remove(String key) {
        bookings.removeIf(item -> item.key().equals(key));
        products.removeIf(item -> item.key().equals(key));
    }

    /** The basket as the checkout takes it: the visits, and one order of the products when there are any. */
    public Basket toBasket() {
        List<NewBooking> asked = bookings.stream().map(item -> item.choice().request()).toList();
        NewOrder order = null;
        if (!products.isEmpty()) {
            List<NewOrder.Line> lines = products.stream()
                    .map(line -> new NewOrder.Line(line.choice().listingId(), line.choice().quantity())).toList();
            order = new NewOrder(null, lines, delivery ? "DELIVER" : "COLLECT", delivery ? deliveryAddress : null);
        }
        return new Basket(asked, order);
    }

    /** After a checkout: the basket is emptied and what was made is kept to show on the confirmation page. */
    public void checkedOut(CheckedOut made) {
        bookings.clear();
        products.clear();
        delivery = false;
        deliveryAddress = null;
        lastCheckout = made;
    }

    public int size() {
        return bookings.size() + products.size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** What the items come to, in minor units, before any delivery charge (visits at their quoted prices). */
    public long itemsTotalMinor() {
        return bookings.stream().mapToLong(item -> item.choice().totalMinor()).sum()
                + products.stream().mapToLong(line -> line.choice().totalMinor()).sum();
    }

    public String currency() {
        return bookings.stream().map(item -> item.choice().currency()).findFirst()
                .or(() -> products.stream().map(line -> line.choice().currency()).findFirst()).orElse("GBP");
    }

    public List<BasketBooking> getBookings() {
        return List.copyOf(bookings);
    }

    public List<BasketProduct> getProducts() {
        return List.copyOf(products);
    }

    public boolean isDelivery() {
        return delivery;
    }

    public NewBooking.Place getDeliveryAddress() {
        return deliveryAddress;
    }

    /** How the products are had: collected from the co-op, or delivered to this address. */
    public void fulfil(boolean deliver, NewBooking.Place address) {
        delivery = deliver;
        deliveryAddress = deliver ? address : null;
    }

    public Optional<CheckedOut> lastCheckout() {
        return Optional.ofNullable(lastCheckout);
    }

    private static String newKey() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A visit, or a series of visits, in the basket. */
    public record BasketBooking(String key, BookingChoice choice) implements Serializable {
    }

    /** So many of one product in the basket. */
    public record BasketProduct(String key, ProductChoice choice) implements Serializable {
    }
}
