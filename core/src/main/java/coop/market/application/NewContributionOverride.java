package coop.market.application;

import java.math.BigDecimal;

/** A member's own contribution rate for a while (0 waives it), from a day until a day (optional), and why. */
public record NewContributionOverride(String from, String until, BigDecimal ratePercent, String reason) {
}
