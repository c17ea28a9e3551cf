package coop.market.spi.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Money;
import coop.market.spi.AttributeDefinition;
import coop.market.spi.AttributeValues;
import coop.market.spi.Trade;
import java.util.List;
import java.util.Map;

/** Checked attribute values for plugin tests, from raw maps as a request would send them. */
public final class TradeFixtures {

    private TradeFixtures() {
    }

    public static AttributeValues listing(Trade trade, Map<String, ?> raw) {
        return parse(trade.listingAttributes(), raw);
    }

    public static AttributeValues request(Trade trade, Map<String, ?> raw) {
        return parse(trade.requestAttributes(), raw);
    }

    /** A money value as JSON carries it. */
    public static Map<String, Object> gbp(long pence) {
        return Map.of("minor", pence, "currency", "GBP");
    }

    private static AttributeValues parse(List<AttributeDefinition> definitions, Map<String, ?> raw) {
        AttributeValues.Parsed parsed = AttributeValues.parse(definitions, raw, Money.GBP, "attributes");
        assertTrue(parsed.ok(), () -> "test input must be valid: " + parsed.problems());
        return parsed.values();
    }
}
