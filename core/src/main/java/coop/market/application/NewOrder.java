package coop.market.application;

import java.io.Serializable;
import java.util.List;

/**
 * What is sent to order products.
 *
 * @param customerId who the order is for: staff must say; a customer orders for themselves
 * @param fulfilment COLLECT or DELIVER
 * @param address    where to deliver (required to deliver)
 */
public record NewOrder(String customerId, List<Line> lines, String fulfilment, NewBooking.Place address)
        implements Serializable {

    /** So many of one listing's item. */
    public record Line(String listingId, Integer quantity) implements Serializable {
    }
}
