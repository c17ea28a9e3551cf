package coop.market.spi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Money;
import coop.market.spi.AttributeDefinition;
import coop.market.spi.AttributeValues;
import coop.market.spi.PriceUnit;
import coop.market.spi.PricedLine;
import coop.market.spi.PricingRequest;
import coop.market.spi.Quote;
import coop.market.spi.Trade;
import coop.market.spi.TradeKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every trade plugin must do to be installed in a co-op. A plugin's test extends this and
 * names its trade; core's own rules (registry, listings, pricing lines) rely on these holding.
 */
public abstract class TradeContract {

    /** A fresh instance of the trade under test. */
    protected abstract Trade trade();

    private static final LocalDate SOME_DAY = LocalDate.of(2027, 5, 12);

    @Test
    void isFoundThroughTheServiceLoader() {
        Class<? extends Trade> type = trade().getClass();
        boolean found = ServiceLoader.load(Trade.class, type.getClassLoader()).stream()
                .anyMatch(provider -> provider.type().equals(type));
        assertTrue(found, type.getName() + " must be listed in META-INF/services/coop.market.spi.Trade");
    }

    @Test
    void describesItself() {
        Trade trade = trade();
        assertTrue(trade.code().matches("[a-z][a-z0-9-]{1,39}"), "code: " + trade.code());
        assertFalse(trade.name().isBlank(), "name");
        assertFalse(trade.description().isBlank(), "description");
        assertNotNull(trade.kind(), "kind");
        assertFalse(trade.priceUnits().isEmpty(), "price units");
        if (trade.kind() == TradeKind.PRODUCT) {
            assertEquals(Set.of(PriceUnit.ITEM), trade.priceUnits(), "products are priced per item");
        } else {
            assertFalse(trade.priceUnits().contains(PriceUnit.ITEM), "services are priced per hour or visit");
        }
    }

    @Test
    void attributeNamesAreUniqueAndDefaultsAreValid() {
        Trade trade = trade();
        for (List<AttributeDefinition> definitions : List.of(trade.listingAttributes(), trade.requestAttributes())) {
            Set<String> names = new HashSet<>();
            for (AttributeDefinition definition : definitions) {
                assertTrue(names.add(definition.name()), "duplicate attribute " + definition.name());
                assertTrue(definition.name().matches("[a-z][A-Za-z0-9]*"), "attribute name " + definition.name());
                assertFalse(definition.required(), definition.name() + ": every option needs a default");
                assertNotNull(definition.defaultValue(), definition.name() + " has no default");
            }
            AttributeValues.Parsed nothingGiven = AttributeValues.parse(definitions, null, Money.GBP, "attributes");
            assertTrue(nothingGiven.ok(), "leaving every option out must be valid: " + nothingGiven.problems());
            AttributeValues.Parsed defaultsGiven = AttributeValues.parse(definitions,
                    new java.util.LinkedHashMap<>(asRaw(AttributeValues.defaults(definitions))), Money.GBP,
                    "attributes");
            assertTrue(defaultsGiven.ok(), "the defaults must pass the trade's own checks: "
                    + defaultsGiven.problems());
        }
        assertTrue(trade.validateListing(listingDefaults()).isEmpty(), "a listing of defaults must be valid");
    }

    @Test
    void suggestedOptionsAreValidAndFitTheListing() {
        AttributeValues.Parsed suggested = AttributeValues.parse(trade().requestAttributes(),
                trade().suggestedOptions(listingDefaults()), Money.GBP, "options");
        assertTrue(suggested.ok(), "suggested options must pass the trade's checks: " + suggested.problems());
    }

    @Test
    void pricesTheDefaultRequestInEveryUnitItAllows() {
        Trade trade = trade();
        for (PriceUnit unit : trade.priceUnits()) {
            Money listed = Money.gbp(1500);
            Quote quote = trade.price(new PricingRequest(listed, unit, listingDefaults(), requestDefaults(),
                    defaultDurationMinutes(), 1, SOME_DAY));
            assertFalse(quote.lines().isEmpty(), "a quote has lines");
            Money sum = Money.zero(Money.GBP);
            for (PricedLine line : quote.lines()) {
                assertEquals(Money.GBP, line.total().currency(), "lines are in the listing's currency");
                assertFalse(line.total().isNegative(), "no negative line in a plain quote: " + line);
                sum = sum.plus(line.total());
            }
            assertEquals(sum, quote.total(), "the total is the sum of the lines");
            assertTrue(quote.total().isPositive(), "a priced job costs something");
            Quote again = trade.price(new PricingRequest(listed, unit, listingDefaults(), requestDefaults(),
                    defaultDurationMinutes(), 1, SOME_DAY));
            assertEquals(quote, again, "pricing is deterministic");
        }
    }

    @Test
    void rulesFitTheKindOfTrade() {
        Trade trade = trade();
        Duration estimate = trade.rules().estimateDuration(listingDefaults(), requestDefaults());
        assertFalse(trade.rules().minimumNotice().isNegative(), "notice");
        if (trade.kind() == TradeKind.SERVICE) {
            assertTrue(trade.rules().minimumDuration().toMinutes() > 0, "a service has a minimum duration");
            assertTrue(estimate.compareTo(trade.rules().minimumDuration()) >= 0, "estimate below the minimum");
            assertEquals(0, estimate.toMinutes() % 30, "estimates fall on the 30-minute booking grid");
        } else {
            assertEquals(Duration.ZERO, estimate, "products take no calendar time");
            assertTrue(trade.rules().defaultLeadTimeDays() >= 0, "lead time");
        }
    }

    @Test
    void rulesAnswerForEveryDayOfTheYear() {
        Trade trade = trade();
        for (LocalDate day = LocalDate.of(2027, 1, 1); day.getYear() == 2027; day = day.plusDays(1)) {
            assertNotNull(trade.rules().check(day, listingDefaults(), requestDefaults()), day.toString());
        }
    }

    @Test
    void shipsItsFormFragment() {
        String fragment = trade().formFragment();
        assertTrue(fragment.startsWith("/trade/" + trade().code() + "/"), "fragment lives under /trade/<code>/");
        assertNotNull(trade().getClass().getResource("/META-INF/resources" + fragment),
                "the jar must contain META-INF/resources" + fragment);
    }

    protected AttributeValues listingDefaults() {
        return AttributeValues.defaults(trade().listingAttributes());
    }

    protected AttributeValues requestDefaults() {
        return AttributeValues.defaults(trade().requestAttributes());
    }

    private int defaultDurationMinutes() {
        return (int) trade().rules().estimateDuration(listingDefaults(), requestDefaults()).toMinutes();
    }

    private static java.util.Map<String, Object> asRaw(AttributeValues values) {
        java.util.Map<String, Object> raw = new java.util.LinkedHashMap<>();
        values.asMap().forEach((name, value) -> raw.put(name, value instanceof Money money
                ? java.util.Map.of("minor", money.minor(), "currency", money.currency().getCurrencyCode())
                : value));
        return raw;
    }
}
