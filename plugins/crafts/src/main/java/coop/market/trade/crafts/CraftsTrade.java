package coop.market.trade.crafts;

import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.Money;
import coop.market.spi.AttributeDefinition;
import coop.market.spi.AttributeValues;
import coop.market.spi.PricedLine;
import coop.market.spi.PricingRequest;
import coop.market.spi.Quote;
import coop.market.spi.DescribedTrade;
import coop.market.spi.TradeKind;
import coop.market.spi.TradeRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made things sold per item: from stock, or made to order with a lead time. An item may be
 * personalised (a name or message, up to a length the maker sets, for a surcharge per item) and
 * collected or delivered for a charge per order.
 */
public class CraftsTrade extends DescribedTrade {

    static final String PERSONALISABLE = "personalisable";
    static final String PERSONALISATION_MAX_LENGTH = "personalisationMaxLength";
    static final String PERSONALISATION_SURCHARGE = "personalisationSurcharge";
    static final String COLLECTION = "collection";
    static final String DELIVERY = "delivery";
    static final String DELIVERY_CHARGE = "deliveryCharge";
    static final String PERSONALISATION = "personalisation";
    static final String FULFILMENT = "fulfilment";
    static final String COLLECT = "COLLECT";
    static final String DELIVER = "DELIVER";

    private static final List<AttributeDefinition> LISTING = List.of(
            AttributeDefinition.yesNo(PERSONALISABLE, "Can be personalised", false),
            AttributeDefinition.integer(PERSONALISATION_MAX_LENGTH, "Longest personal message (characters)", 30, 1,
                    200),
            AttributeDefinition.money(PERSONALISATION_SURCHARGE, "Charge per personalised item", Money.gbp(300),
                    10000),
            AttributeDefinition.yesNo(COLLECTION, "Can be collected", true),
            AttributeDefinition.yesNo(DELIVERY, "Can be delivered", false),
            AttributeDefinition.money(DELIVERY_CHARGE, "Delivery charge per order", Money.gbp(395), 10000));

    private static final List<AttributeDefinition> REQUEST = List.of(
            AttributeDefinition.text(PERSONALISATION, "Personal message or name", 200),
            AttributeDefinition.choice(FULFILMENT, "Collect or deliver", COLLECT, List.of(COLLECT, DELIVER)));

    private final CraftsRules rules = new CraftsRules();

    public CraftsTrade() {
        super("crafts", "Crafts",
                "Hand-made cards, knitting, woodwork and more, made by our members.",
                TradeKind.PRODUCT, LISTING, REQUEST);
    }

    @Override
    public List<FieldError> validateListing(AttributeValues listing) {
        if (!listing.yesNo(COLLECTION) && !listing.yesNo(DELIVERY)) {
            return List.of(new FieldError("attributes." + COLLECTION,
                    "Customers must be able to collect the item, have it delivered, or both"));
        }
        return List.of();
    }

    @Override
    public Quote price(PricingRequest request) {
        List<PricedLine> lines = new ArrayList<>();
        BigDecimal quantity = BigDecimal.valueOf(request.quantity());
        lines.add(PricedLine.of("Item", quantity, "item", request.listedPrice()));
        if (!request.request().text(PERSONALISATION).isEmpty() && request.listing().yesNo(PERSONALISABLE)) {
            lines.add(PricedLine.of("Personalisation", quantity, "item",
                    request.listing().money(PERSONALISATION_SURCHARGE)));
        }
        if (DELIVER.equals(request.request().text(FULFILMENT)) && request.listing().yesNo(DELIVERY)) {
            lines.add(PricedLine.single("Delivery", request.listing().money(DELIVERY_CHARGE)));
        }
        return new Quote(lines, rules.check(request.date(), request.listing(), request.request()));
    }

    @Override
    public TradeRules rules() {
        return rules;
    }
}
