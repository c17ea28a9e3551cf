package coop.market.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A contribution policy as an admin enters it: from which day, its bands per week (each from an amount in minor
 * units, at a percentage), and an optional cap per week in minor units.
 */
public record NewContributionPolicy(String effectiveFrom, List<Band> bands, Long weeklyCapMinor) {

    /** The part of a week's share from {@code fromMinor} up to the next band pays {@code ratePercent}. */
    public record Band(Long fromMinor, BigDecimal ratePercent) {
    }
}
