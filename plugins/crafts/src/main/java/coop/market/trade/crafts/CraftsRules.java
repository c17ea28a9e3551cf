package coop.market.trade.crafts;

import static coop.market.trade.crafts.CraftsTrade.COLLECT;
import static coop.market.trade.crafts.CraftsTrade.COLLECTION;
import static coop.market.trade.crafts.CraftsTrade.DELIVER;
import static coop.market.trade.crafts.CraftsTrade.DELIVERY;
import static coop.market.trade.crafts.CraftsTrade.FULFILMENT;
import static coop.market.trade.crafts.CraftsTrade.PERSONALISABLE;
import static coop.market.trade.crafts.CraftsTrade.PERSONALISATION;
import static coop.market.trade.crafts.CraftsTrade.PERSONALISATION_MAX_LENGTH;

import coop.market.spi.AttributeValues;
import coop.market.spi.RuleFinding;
import coop.market.spi.TradeRules;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Crafts take no calendar time; made-to-order items need a week unless the maker says otherwise.
 * A personal message must fit the maker's limit, and collection or delivery must be on offer.
 */
class CraftsRules implements TradeRules {

    @Override
    public Duration estimateDuration(AttributeValues listing, AttributeValues request) {
        return Duration.ZERO;
    }

    @Override
    public Duration minimumDuration() {
        return Duration.ZERO;
    }

    @Override
    public Duration minimumNotice() {
        return Duration.ZERO;
    }

    @Override
    public int defaultLeadTimeDays() {
        return 7;
    }

    @Override
    public List<RuleFinding> check(LocalDate date, AttributeValues listing, AttributeValues request) {
        List<RuleFinding> findings = new ArrayList<>();
        String message = request.text(PERSONALISATION);
        if (!message.isEmpty()) {
            if (!listing.yesNo(PERSONALISABLE)) {
                findings.add(RuleFinding.block(PERSONALISATION, "This item cannot be personalised."));
            } else if (message.length() > listing.integer(PERSONALISATION_MAX_LENGTH)) {
                findings.add(RuleFinding.block(PERSONALISATION, "Please keep the message to "
                        + listing.integer(PERSONALISATION_MAX_LENGTH) + " characters or fewer."));
            }
        }
        String fulfilment = request.text(FULFILMENT);
        if (DELIVER.equals(fulfilment) && !listing.yesNo(DELIVERY)) {
            findings.add(RuleFinding.block(FULFILMENT, "This item cannot be delivered. Please collect it."));
        }
        if (COLLECT.equals(fulfilment) && !listing.yesNo(COLLECTION)) {
            findings.add(RuleFinding.block(FULFILMENT, "This item cannot be collected. Please choose delivery."));
        }
        return findings;
    }
}
