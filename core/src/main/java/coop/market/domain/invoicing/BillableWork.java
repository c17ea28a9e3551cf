package coop.market.domain.invoicing;

import coop.market.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/** What is waiting to be invoiced: completed bookings and cancellation fees not yet on any invoice. */
public interface BillableWork {

    /** A completed booking not yet invoiced, with what its line needs to say. */
    record DoneWork(String bookingId, String memberId, String memberName, String tradeCode, Instant start,
            int durationMinutes, Money price) {
    }

    /** A cancellation fee not yet invoiced. */
    record Fee(String itemId, String memberId, String memberName, String description, LocalDate supplyDate,
            Money amount) {
    }

    /** One customer's uninvoiced work and fees. */
    record Waiting(List<DoneWork> work, List<Fee> fees) {
    }

    /**
     * Everything waiting to be invoiced, by customer (in customer id order): completed bookings that started
     * before {@code endOfPeriod} and fees supplied on or before {@code periodEnd}. Read in one go at the start of
     * a run, so it may be out of date by the time a customer's turn comes (then the unique key on invoice
     * lines refuses what another run has invoiced meanwhile).
     */
    SortedMap<String, Waiting> waiting(LocalDate periodEnd, Instant endOfPeriod);

    /** The customer's completed, uninvoiced bookings that started before {@code endOfPeriod}, in time order. */
    List<DoneWork> doneWork(String customerId, Instant endOfPeriod);

    /** The customer's uninvoiced fees supplied on or before {@code periodEnd}, in date order. */
    List<Fee> fees(String customerId, LocalDate periodEnd);
}
