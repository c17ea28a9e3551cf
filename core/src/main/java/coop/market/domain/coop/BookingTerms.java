package coop.market.domain.coop;

import coop.market.domain.booking.CancellationPolicy;
import java.time.Duration;

/**
 * The co-op's terms for bookings: how long an unanswered request holds a member's time, and what a
 * customer owes for cancelling confirmed work late.
 *
 * @param requestExpiryHours an unanswered request lapses after this many hours (1 to {@link #LONGEST_HOURS})
 * @param cancellationNoticeHours cancelling with less notice than this may cost a fee (0 to {@link #LONGEST_HOURS})
 * @param cancellationFeePercent that fee as a share of the booking's price, 0 (no fee) to 100
 */
public record BookingTerms(int requestExpiryHours, int cancellationNoticeHours, int cancellationFeePercent) {

    /** Two weeks: a request left longer than that is no use to a customer, nor notice longer to a member. */
    public static final int LONGEST_HOURS = 14 * 24;

    public BookingTerms {
        if (requestExpiryHours < 1 || requestExpiryHours > LONGEST_HOURS || cancellationNoticeHours < 0
                || cancellationNoticeHours > LONGEST_HOURS || cancellationFeePercent < 0
                || cancellationFeePercent > 100) {
            throw new IllegalArgumentException("Booking terms out of range: " + requestExpiryHours + " h, "
                    + cancellationNoticeHours + " h, " + cancellationFeePercent + "%");
        }
    }

    public Duration requestExpiry() {
        return Duration.ofHours(requestExpiryHours);
    }

    public CancellationPolicy cancellation() {
        return new CancellationPolicy(Duration.ofHours(cancellationNoticeHours), cancellationFeePercent);
    }
}
