package coop.market.application;

/**
 * An earnings limit as staff set it, unchecked: kind, amount (minor units and currency; may be left out for
 * ESA permitted work), period (WEEK or MONTH), the first day of any one period, and the day it applies from.
 */
public record NewEarningsLimit(String kind, Long amountMinor, String currency, String period, String periodStart,
        String effectiveFrom) {
}
