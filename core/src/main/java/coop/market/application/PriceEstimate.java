package coop.market.application;

import coop.market.spi.Quote;
import java.time.Duration;

/** What a chosen job would cost and how long it would take, before anything is booked. */
public record PriceEstimate(Quote quote, Duration duration) {
}
