package coop.market.domain.invoicing;

import coop.market.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

    /**
     * Customers with something to invoice: a completed booking that started before {@code endOfPeriod},
     * or a fee supplied on or before {@code periodEnd}.
     */
    List<String> customersWithBillables(LocalDate periodEnd, Instant endOfPeriod);

    /** The customer's completed, uninvoiced bookings that started before {@code endOfPeriod}, in time order. */
    List<DoneWork> doneWork(String customerId, Instant endOfPeriod);

    /** The customer's uninvoiced fees supplied on or before {@code periodEnd}, in date order. */
    List<Fee> fees(String customerId, LocalDate periodEnd);
}
