package coop.market.application;

import java.io.Serializable;
import java.util.Map;

/**
 * What is sent to book a service.
 *
 * @param customerId      who the booking is for: staff must say; a customer books for themselves
 * @param start           ISO date-time, with an offset or local to the co-op
 * @param durationMinutes how long; the trade's estimate for the options when null
 * @param address         where the work is; the customer's own address when null
 * @param recurrence      how it repeats, or null for a one-off
 */
public record NewBooking(String listingId, String customerId, String start, Integer durationMinutes,
        Place address, Map<String, Object> options, String notes, Repeat recurrence) implements Serializable {

    /** The same request, for this customer. */
    public NewBooking forCustomer(String customer) {
        return new NewBooking(listingId, customer, start, durationMinutes, address, options, notes, recurrence);
    }

    /** How the booking repeats, as sent: frequency WEEKLY, FORTNIGHTLY or MONTHLY; a count or a last date. */
    public record Repeat(String frequency, Integer count, String until) implements Serializable {
    }

    /** An address as sent. */
    public record Place(String line1, String line2, String town, String postcode) implements Serializable {
    }
}
