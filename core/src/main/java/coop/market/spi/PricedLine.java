package coop.market.spi;

import coop.market.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * One line of a price: what it is for, how many, at what unit price. The total is the unit price
 * times the quantity, rounded half-up to the penny, worked out once here so nobody re-computes it
 * differently later.
 */
public record PricedLine(String description, BigDecimal quantity, String unit, Money unitPrice, Money total) {

    public PricedLine {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(total, "total");
    }

    public static PricedLine of(String description, BigDecimal quantity, String unit, Money unitPrice) {
        return new PricedLine(description, quantity, unit, unitPrice, unitPrice.times(quantity, RoundingMode.HALF_UP));
    }

    public static PricedLine single(String description, Money price) {
        return of(description, BigDecimal.ONE, "each", price);
    }

    /** Time charged at an hourly rate: 90 minutes at GBP 15.00 an hour is 1.5 hours, GBP 22.50. */
    public static PricedLine forTime(String description, Duration duration, Money hourlyRate) {
        BigDecimal hours = BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60), 4,
                RoundingMode.HALF_UP).stripTrailingZeros();
        return of(description, hours, "hour", hourlyRate);
    }
}
