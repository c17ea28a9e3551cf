package coop.market.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.Money;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeValuesTest {

    private static final List<AttributeDefinition> CLEANING = List.of(
            AttributeDefinition.integer("bedrooms", "Number of bedrooms", 2, 1, 10),
            AttributeDefinition.yesNo("pets", "Pets in the home", false),
            AttributeDefinition.text("notes", "Notes", 20),
            AttributeDefinition.choice("frequency", "How often", "once", List.of("once", "weekly", "monthly")),
            AttributeDefinition.choices("extras", "Extras", List.of(), List.of("oven", "windows", "fridge")),
            AttributeDefinition.money("travel", "Travel charge", Money.gbp(250), 10_000));

    private static AttributeValues.Parsed parse(Map<String, ?> raw) {
        return AttributeValues.parse(CLEANING, raw, Money.GBP, "attributes");
    }

    /** The one problem a single bad value gives. */
    private static FieldError onlyProblem(String name, Object value) {
        Map<String, Object> raw = new HashMap<>();
        raw.put(name, value);
        AttributeValues.Parsed parsed = parse(raw);
        assertFalse(parsed.ok(), name + " = " + value + " should be refused");
        assertNull(parsed.values(), "no values when anything is wrong");
        assertEquals(1, parsed.problems().size(), parsed.problems().toString());
        FieldError problem = parsed.problems().get(0);
        assertEquals("attributes." + name, problem.field());
        return problem;
    }

    @Test
    void leavingEverythingOutGivesTheDefaults() {
        for (Map<String, ?> nothing : java.util.Arrays.asList(null, Map.<String, Object>of())) {
            AttributeValues.Parsed parsed = parse(nothing);
            assertTrue(parsed.ok(), parsed.problems().toString());
            AttributeValues values = parsed.values();
            assertEquals(2L, values.integer("bedrooms"));
            assertFalse(values.yesNo("pets"));
            assertEquals("", values.text("notes"));
            assertEquals("once", values.text("frequency"));
            assertEquals(List.of(), values.choices("extras"));
            assertEquals(Money.gbp(250), values.money("travel"));
            assertEquals(AttributeValues.defaults(CLEANING), values);
        }
    }

    @Test
    void givenValuesAreTypedAndKeptInDefinitionOrder() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("travel", Map.of("minor", 500, "currency", "GBP"));
        raw.put("extras", List.of("windows", "oven"));
        raw.put("bedrooms", 4);
        raw.put("pets", true);
        raw.put("notes", "  side door  ");
        raw.put("frequency", "weekly");
        AttributeValues values = parse(raw).values();
        assertEquals(List.of("bedrooms", "pets", "notes", "frequency", "extras", "travel"),
                List.copyOf(values.asMap().keySet()));
        assertEquals(4L, values.integer("bedrooms"));
        assertTrue(values.yesNo("pets"));
        assertEquals("side door", values.text("notes"), "text is trimmed");
        assertEquals("weekly", values.text("frequency"));
        assertEquals(List.of("windows", "oven"), values.choices("extras"));
        assertEquals(Money.gbp(500), values.money("travel"));
    }

    @Test
    void unknownNamesAreReportedUnderTheirOwnField() {
        AttributeValues.Parsed parsed = parse(Map.of("bedroms", 3));
        assertEquals(List.of(new FieldError("attributes.bedroms", "Unknown option \"bedroms\"")), parsed.problems());
    }

    @Test
    void integerRefusesText() {
        assertEquals("Must be a whole number", onlyProblem("bedrooms", "three").message());
    }

    @Test
    void integerRefusesFractions() {
        assertEquals("Must be a whole number", onlyProblem("bedrooms", 2.5).message());
        assertEquals("Must be a whole number", onlyProblem("bedrooms", "2.5").message());
    }

    @Test
    void integerRefusesOtherTypes() {
        assertEquals("Must be a whole number", onlyProblem("bedrooms", true).message());
        assertEquals("Must be a whole number", onlyProblem("bedrooms", List.of(3)).message());
    }

    @Test
    void integerRefusesNumbersTooBigForALong() {
        assertEquals("Must be a smaller number", onlyProblem("bedrooms", new BigDecimal("1e30")).message());
    }

    @Test
    void integerAcceptsWholeNumbersInAnyForm() {
        // JSON and forms deliver numbers as strings, ints or doubles; all mean the same 3.
        for (Object three : List.of("3", " 3 ", 3, 3L, 3.0, new BigDecimal("3.00"))) {
            AttributeValues.Parsed parsed = parse(Map.of("bedrooms", three));
            assertTrue(parsed.ok(), three + ": " + parsed.problems());
            assertEquals(3L, parsed.values().integer("bedrooms"), String.valueOf(three));
            assertEquals(Long.class, parsed.values().asMap().get("bedrooms").getClass());
        }
    }

    @Test
    void integerOutOfBoundsNamesTheBound() {
        assertEquals("Must be at least 1", onlyProblem("bedrooms", 0).message());
        assertEquals("Must be at most 10", onlyProblem("bedrooms", 11).message());
        assertTrue(parse(Map.of("bedrooms", 1)).ok());
        assertTrue(parse(Map.of("bedrooms", 10)).ok());
    }

    @Test
    void booleanAcceptsTrueAndFalseOnly() {
        assertTrue(parse(Map.of("pets", "true")).values().yesNo("pets"));
        assertFalse(parse(Map.of("pets", "false")).values().yesNo("pets"));
        assertEquals("Must be true or false", onlyProblem("pets", "yes").message());
        assertEquals("Must be true or false", onlyProblem("pets", 1).message());
        assertEquals("Must be true or false", onlyProblem("pets", "TRUE").message());
    }

    @Test
    void textMustBeTextAndShortEnough() {
        assertEquals("Must be 20 characters or fewer", onlyProblem("notes", "x".repeat(21)).message());
        assertEquals("Must be text", onlyProblem("notes", 42).message());
        assertTrue(parse(Map.of("notes", "  " + "x".repeat(20) + "  ")).ok(), "length counts after trimming");
    }

    @Test
    void choiceMustBeOneOfTheList() {
        assertEquals("Must be one of once, weekly, monthly", onlyProblem("frequency", "daily").message());
        assertEquals("Must be one of once, weekly, monthly", onlyProblem("frequency", "Weekly").message());
    }

    @Test
    void choicesMustBeAListOfAllowedValues() {
        assertEquals("Must be a list of oven, windows, fridge", onlyProblem("extras", "oven").message());
        assertEquals("Must be one of oven, windows, fridge", onlyProblem("extras", List.of("oven", "car")).message());
    }

    @Test
    void choicesDropsRepeatsKeepingFirstOrder() {
        AttributeValues values = parse(Map.of("extras", List.of("fridge", "oven", "fridge", "oven"))).values();
        assertEquals(List.of("fridge", "oven"), values.choices("extras"));
    }

    @Test
    void moneyNeedsMinorUnits() {
        FieldError problem = onlyProblem("travel", Map.of("currency", "GBP"));
        assertEquals("Must be an amount like {\"minor\": 500, \"currency\": \"GBP\"}", problem.message());
        assertEquals(problem.message(), onlyProblem("travel", 500).message());
    }

    @Test
    void moneyMustBeInTheCoopCurrency() {
        assertEquals("Must be in GBP", onlyProblem("travel", Map.of("minor", 500, "currency", "EUR")).message());
    }

    @Test
    void moneyWithoutCurrencyIsTakenInTheCoopCurrency() {
        assertEquals(Money.gbp(700), parse(Map.of("travel", Map.of("minor", "700"))).values().money("travel"));
    }

    @Test
    void moneyOutOfBoundsIsInPence() {
        assertEquals("Must be at least 0 pence", onlyProblem("travel", Map.of("minor", -1)).message());
        assertEquals("Must be at most 10000 pence", onlyProblem("travel", Map.of("minor", 10_001)).message());
        assertEquals("Must be a whole number", onlyProblem("travel", Map.of("minor", 2.5)).message());
    }

    @Test
    void aRequiredAttributeMustBeGiven() {
        AttributeDefinition rooms = new AttributeDefinition("rooms", "Rooms", AttributeType.INTEGER, true, null, 1L,
                null, null, null);
        AttributeValues.Parsed parsed = AttributeValues.parse(List.of(rooms), Map.of(), Money.GBP, "request");
        assertEquals(List.of(new FieldError("request.rooms", "Rooms is required")), parsed.problems());
        assertEquals(3L, AttributeValues.parse(List.of(rooms), Map.of("rooms", 3), Money.GBP, "request")
                .values().integer("rooms"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("bedrooms", "many");
        raw.put("pets", "maybe");
        raw.put("colour", "blue");
        AttributeValues.Parsed parsed = parse(raw);
        assertEquals(List.of("attributes.bedrooms", "attributes.pets", "attributes.colour"),
                parsed.problems().stream().map(FieldError::field).toList());
    }

    @Test
    void askingForAnUndefinedAttributeFails() {
        AttributeValues values = AttributeValues.defaults(CLEANING);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> values.integer("floors"));
        assertEquals("No attribute floors", e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> values.asMap().put("floors", 1L));
    }
}
