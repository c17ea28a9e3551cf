package coop.market.trade.gardening;

import coop.market.domain.shared.Money;
import coop.market.spi.AttributeDefinition;
import coop.market.spi.AttributeValues;
import coop.market.spi.PriceUnit;
import coop.market.spi.PricedLine;
import coop.market.spi.PricingRequest;
import coop.market.spi.Quote;
import coop.market.spi.DescribedTrade;
import coop.market.spi.TradeKind;
import coop.market.spi.TradeRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Garden maintenance by the hour or for a fixed price per visit: mowing, hedge trimming, weeding
 * and planting, with an optional charge for taking green waste away.
 */
public class GardeningTrade extends DescribedTrade {

    static final String TASKS = "tasks";
    static final String GREEN_WASTE_REMOVAL = "greenWasteRemoval";
    static final String GREEN_WASTE_SURCHARGE = "greenWasteSurcharge";
    static final String GARDEN_SIZE = "gardenSize";
    static final String REMOVE_GREEN_WASTE = "removeGreenWaste";

    static final String MOWING = "mowing";
    static final String HEDGE_TRIMMING = "hedge-trimming";
    static final String WEEDING = "weeding";
    static final String PLANTING = "planting";
    static final List<String> ALL_TASKS = List.of(MOWING, HEDGE_TRIMMING, WEEDING, PLANTING);

    private static final List<AttributeDefinition> LISTING = List.of(
            AttributeDefinition.choices(TASKS, "Jobs offered", ALL_TASKS, ALL_TASKS),
            AttributeDefinition.yesNo(GREEN_WASTE_REMOVAL, "Can take green waste away", true),
            AttributeDefinition.money(GREEN_WASTE_SURCHARGE, "Charge for taking green waste away", Money.gbp(1500),
                    10000));

    private static final List<AttributeDefinition> REQUEST = List.of(
            AttributeDefinition.choices(TASKS, "What needs doing", List.of(WEEDING), ALL_TASKS),
            AttributeDefinition.choice(GARDEN_SIZE, "Size of the garden", "medium", List.of("small", "medium", "large")),
            AttributeDefinition.yesNo(REMOVE_GREEN_WASTE, "Take the green waste away", false));

    private final GardeningRules rules = new GardeningRules();

    public GardeningTrade() {
        super("gardening", "Gardening",
                "Mowing, hedge trimming, weeding and planting, by the hour or per visit.",
                TradeKind.SERVICE, LISTING, REQUEST);
    }

    @Override
    public Set<PriceUnit> priceUnits() {
        return EnumSet.of(PriceUnit.HOUR, PriceUnit.VISIT);
    }

    /** Start from weeding, the default, only if this gardener weeds; otherwise from their first job. */
    @Override
    public Map<String, Object> suggestedOptions(AttributeValues listing) {
        List<String> offered = listing.choices(TASKS);
        if (offered.isEmpty() || offered.contains(WEEDING)) {
            return Map.of();
        }
        return Map.of(TASKS, List.of(offered.get(0)));
    }

    @Override
    public Quote price(PricingRequest request) {
        List<PricedLine> lines = new ArrayList<>();
        String what = "Gardening: " + String.join(", ", request.request().choices(TASKS));
        if (request.priceUnit() == PriceUnit.VISIT) {
            lines.add(PricedLine.single(what, request.listedPrice()));
        } else {
            lines.add(PricedLine.forTime(what, Duration.ofMinutes(request.durationMinutes()), request.listedPrice()));
        }
        if (takesGreenWaste(request.listing(), request.request())) {
            lines.add(PricedLine.single("Green waste removal", request.listing().money(GREEN_WASTE_SURCHARGE)));
        }
        return new Quote(lines, rules.check(request.date(), request.listing(), request.request()));
    }

    static boolean takesGreenWaste(AttributeValues listing, AttributeValues request) {
        return request.yesNo(REMOVE_GREEN_WASTE) && listing.yesNo(GREEN_WASTE_REMOVAL);
    }

    @Override
    public TradeRules rules() {
        return rules;
    }
}
