package coop.market.domain.order;

import coop.market.domain.shared.Money;
import java.util.Objects;

/**
 * What is ordered of one listing, as the order is placed: the listing's member, title and price per item at that
 * moment, how many, and whether they come from stock or are made to order (then they take the listing's lead time).
 */
public record OrderItem(String listingId, String memberId, String description, int quantity, Money unitPrice,
        boolean fromStock, int leadTimeDays) {

    /** The most of one item in one order: more than this is a wholesale matter for staff. */
    public static final int MAX_QUANTITY = 99;

    public OrderItem {
        Objects.requireNonNull(listingId);
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(description);
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("Order 1 to " + MAX_QUANTITY + " of an item, not " + quantity);
        }
        if (unitPrice.isNegative() || leadTimeDays < 0) {
            throw new IllegalArgumentException("A price and a lead time cannot be negative");
        }
    }
}
