package coop.market.domain.booking;

import coop.market.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The co-op's rule for late cancellations: a customer who cancels confirmed work with less than
 * {@code notice} to go may be charged a share of its price, so the member is not left with
 * nothing for a day they kept free. A fee of 0% means no fee.
 */
public record CancellationPolicy(Duration notice, int feePercent) {

    public CancellationPolicy {
        if (notice.isNegative() || feePercent < 0 || feePercent > 100) {
            throw new IllegalArgumentException("Notice cannot be negative; the fee is 0-100%");
        }
    }

    /** The fee for cancelling this booking now, if any. Rounded down: never charge a penny too much. */
    public Optional<Money> feeFor(Booking booking, BookingStatus statusBefore, Instant now) {
        if (feePercent == 0 || statusBefore != BookingStatus.CONFIRMED
                || !now.isAfter(booking.start().minus(notice))) {
            return Optional.empty();
        }
        Money fee = booking.price().times(BigDecimal.valueOf(feePercent, 2), RoundingMode.DOWN);
        return fee.isPositive() ? Optional.of(fee) : Optional.empty();
    }
}
