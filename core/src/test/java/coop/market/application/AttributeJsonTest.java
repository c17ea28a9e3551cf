package coop.market.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Money;
import coop.market.spi.AttributeDefinition;
import coop.market.spi.AttributeValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeJsonTest {

    private static final List<AttributeDefinition> EVERY_TYPE = List.of(
            AttributeDefinition.integer("bedrooms", "Bedrooms", 2, -5, 1_000_000_000_000L),
            AttributeDefinition.yesNo("pets", "Pets", false),
            AttributeDefinition.text("notes", "Notes", 200),
            AttributeDefinition.choice("frequency", "How often", "once", List.of("once", "weekly")),
            AttributeDefinition.choices("extras", "Extras", List.of("oven"), List.of("oven", "windows", "fridge")),
            AttributeDefinition.money("travel", "Travel", Money.gbp(250), 1_000_000));

    private static AttributeValues checked(Map<String, ?> raw) {
        AttributeValues.Parsed parsed = AttributeValues.parse(EVERY_TYPE, raw, Money.GBP, "attributes");
        assertTrue(parsed.ok(), parsed.problems().toString());
        return parsed.values();
    }

    /** Stored and read back the way a listing's attributes are. */
    private static AttributeValues roundTrip(AttributeValues values) {
        return checked(AttributeJson.read(AttributeJson.write(values)));
    }

    @Test
    void defaultsSurviveTheRoundTrip() {
        AttributeValues defaults = AttributeValues.defaults(EVERY_TYPE);
        assertEquals(defaults, roundTrip(defaults));
    }

    @Test
    void givenValuesOfEveryTypeSurviveTheRoundTrip() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("bedrooms", 999_999_999_999L);
        raw.put("pets", true);
        raw.put("notes", "Key under the \"blue\" pot \\ back door: ✓ café\nthen left");
        raw.put("frequency", "weekly");
        raw.put("extras", List.of("windows", "fridge"));
        raw.put("travel", Map.of("minor", 1234, "currency", "GBP"));
        AttributeValues values = checked(raw);

        AttributeValues back = roundTrip(values);

        assertEquals(values, back);
        assertEquals(999_999_999_999L, back.integer("bedrooms"));
        assertTrue(back.yesNo("pets"));
        assertEquals("Key under the \"blue\" pot \\ back door: ✓ café\nthen left", back.text("notes"));
        assertEquals("weekly", back.text("frequency"));
        assertEquals(List.of("windows", "fridge"), back.choices("extras"));
        assertEquals(Money.gbp(1234), back.money("travel"));
    }

    @Test
    void negativeNumbersAndEmptyValuesSurvive() {
        Map<String, Object> raw = Map.of("bedrooms", -5, "notes", "", "extras", List.of(), "travel",
                Map.of("minor", 0));
        AttributeValues values = checked(raw);
        assertEquals(values, roundTrip(values));
    }

    @Test
    void writesPlainJsonWithMoneyAsMinorAndCurrency() {
        String json = AttributeJson.write(AttributeValues.defaults(EVERY_TYPE));
        assertEquals("{\"bedrooms\":2,\"pets\":false,\"notes\":\"\",\"frequency\":\"once\",\"extras\":[\"oven\"],"
                + "\"travel\":{\"minor\":250,\"currency\":\"GBP\"}}", json);
    }

    @Test
    void readsJsonIntoTheRawShapesParseExpects() {
        Map<String, Object> raw = AttributeJson.read(
                "{\"n\":7,\"b\":true,\"s\":\"x\",\"l\":[\"a\",\"b\"],\"m\":{\"minor\":5,\"currency\":\"GBP\"},\"z\":null}");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("n", 7L);
        expected.put("b", true);
        expected.put("s", "x");
        expected.put("l", List.of("a", "b"));
        expected.put("m", Map.of("minor", 5L, "currency", "GBP"));
        expected.put("z", null);
        assertEquals(expected, raw);
    }
}
