package coop.market.domain.booking;

import java.time.Instant;

/**
 * A search over bookings; every part is optional (null).
 *
 * @param from bookings starting at or after this
 * @param to   bookings starting before this
 */
public record BookingQuery(String memberId, String customerId, Instant from, Instant to, BookingStatus status,
        int offset, int limit) {
}
