package coop.market.trade.cleaning;

import coop.market.domain.shared.Money;
import coop.market.spi.AttributeDefinition;
import coop.market.spi.AttributeValues;
import coop.market.spi.PricedLine;
import coop.market.spi.PricingRequest;
import coop.market.spi.Quote;
import coop.market.spi.DescribedTrade;
import coop.market.spi.TradeKind;
import coop.market.spi.TradeRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Home and office cleaning, charged by the hour. How long a visit takes is estimated from the
 * number of bedrooms and bathrooms; customers may ask the cleaner to bring supplies for a fixed
 * surcharge, if the cleaner offers that.
 */
public class CleaningTrade extends DescribedTrade {

    static final String SUPPLIES_AVAILABLE = "suppliesAvailable";
    static final String SUPPLIES_SURCHARGE = "suppliesSurcharge";
    static final String BEDROOMS = "bedrooms";
    static final String BATHROOMS = "bathrooms";
    static final String WITH_SUPPLIES = "withSupplies";

    private static final List<AttributeDefinition> LISTING = List.of(
            AttributeDefinition.yesNo(SUPPLIES_AVAILABLE, "Can bring cleaning supplies", true),
            AttributeDefinition.money(SUPPLIES_SURCHARGE, "Charge for bringing supplies", Money.gbp(500), 5000));

    private static final List<AttributeDefinition> REQUEST = List.of(
            AttributeDefinition.integer(BEDROOMS, "Number of bedrooms", 2, 0, 10),
            AttributeDefinition.integer(BATHROOMS, "Number of bathrooms", 1, 0, 6),
            AttributeDefinition.yesNo(WITH_SUPPLIES, "Please bring cleaning supplies", false));

    private final CleaningRules rules = new CleaningRules();

    public CleaningTrade() {
        super("cleaning", "Cleaning",
                "Regular or one-off cleaning of homes and small offices, paid by the hour.",
                TradeKind.SERVICE, LISTING, REQUEST);
    }

    @Override
    public Quote price(PricingRequest request) {
        List<PricedLine> lines = new ArrayList<>();
        lines.add(PricedLine.forTime("Cleaning", Duration.ofMinutes(request.durationMinutes()),
                request.listedPrice()));
        if (wantsSupplies(request.listing(), request.request())) {
            lines.add(PricedLine.single("Cleaning supplies", request.listing().money(SUPPLIES_SURCHARGE)));
        }
        return new Quote(lines, rules.check(request.date(), request.listing(), request.request()));
    }

    static boolean wantsSupplies(AttributeValues listing, AttributeValues request) {
        return request.yesNo(WITH_SUPPLIES) && listing.yesNo(SUPPLIES_AVAILABLE);
    }

    @Override
    public TradeRules rules() {
        return rules;
    }
}
