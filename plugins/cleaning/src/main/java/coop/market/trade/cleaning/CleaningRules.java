package coop.market.trade.cleaning;

import coop.market.spi.AttributeValues;
import coop.market.spi.BookingGrid;
import coop.market.spi.RuleFinding;
import coop.market.spi.TradeRules;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * How long cleaning takes: half an hour to get going, then half an hour per bedroom and per
 * bathroom, at least one hour. Cleaning suits regular visits.
 */
class CleaningRules implements TradeRules {

    private static final Duration MINIMUM = Duration.ofHours(1);

    @Override
    public Duration estimateDuration(AttributeValues listing, AttributeValues request) {
        long minutes = 30 + 30 * request.integer(CleaningTrade.BEDROOMS) + 30 * request.integer(CleaningTrade.BATHROOMS);
        return BookingGrid.fit(Duration.ofMinutes(minutes), MINIMUM);
    }

    @Override
    public Duration minimumDuration() {
        return MINIMUM;
    }

    @Override
    public boolean suitsRecurring() {
        return true;
    }

    @Override
    public List<RuleFinding> check(LocalDate date, AttributeValues listing, AttributeValues request) {
        if (request.yesNo(CleaningTrade.WITH_SUPPLIES) && !listing.yesNo(CleaningTrade.SUPPLIES_AVAILABLE)) {
            return List.of(RuleFinding.block(CleaningTrade.WITH_SUPPLIES,
                    "This cleaner does not bring supplies. Please have your own ready."));
        }
        return List.of();
    }
}
