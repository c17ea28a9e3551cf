package coop.market.domain.invoicing;

import coop.market.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * What is waiting to be invoiced: completed bookings, cancellation fees and fulfilled orders not yet on any
 * invoice.
 */
public interface BillableWork {

    /** A completed booking not yet invoiced, with what its line needs to say. */
    record DoneWork(String bookingId, String memberId, String memberName, String tradeCode, Instant start,
            int durationMinutes, Money price) {
    }

    /** A cancellation fee not yet invoiced. */
    record Fee(String itemId, String memberId, String memberName, String description, LocalDate supplyDate,
            Money amount) {
    }

    /** An item of a fulfilled order not yet invoiced, sold on behalf of its member. */
    record SoldItem(String lineId, String memberId, String memberName, String description, int quantity,
            Money unitPrice) {
    }

    /**
     * A fulfilled order with its items not yet invoiced, and its delivery charge (zero when collected, or when its
     * delivery is already invoiced).
     */
    record FulfilledOrder(String orderId, Instant fulfilledAt, List<SoldItem> items, Money deliveryCharge) {
    }

    /** One customer's uninvoiced work, fees and fulfilled orders. */
    record Waiting(List<DoneWork> work, List<Fee> fees, List<FulfilledOrder> orders) {
    }

    /**
     * Everything waiting to be invoiced, by customer (in customer id order): completed bookings that started
     * before {@code endOfPeriod}, fees supplied on or before {@code periodEnd} and orders fulfilled before
     * {@code endOfPeriod}. Read in one go at the start of
     * a run, so it may be out of date by the time a customer's turn comes (then the unique key on invoice
     * lines refuses what another run has invoiced meanwhile).
     */
    SortedMap<String, Waiting> waiting(LocalDate periodEnd, Instant endOfPeriod);

    /** The customer's completed, uninvoiced bookings that started before {@code endOfPeriod}, in time order. */
    List<DoneWork> doneWork(String customerId, Instant endOfPeriod);

    /** The customer's uninvoiced fees supplied on or before {@code periodEnd}, in date order. */
    List<Fee> fees(String customerId, LocalDate periodEnd);

    /** The customer's orders fulfilled before {@code endOfPeriod} and not yet invoiced, in the order fulfilled. */
    List<FulfilledOrder> fulfilledOrders(String customerId, Instant endOfPeriod);
}
