package coop.market.trade.crafts;

import static coop.market.spi.contract.TradeFixtures.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.Money;
import coop.market.spi.AttributeValues;
import coop.market.spi.contract.TradeFixtures;
import coop.market.spi.PriceUnit;
import coop.market.spi.PricedLine;
import coop.market.spi.PricingRequest;
import coop.market.spi.Quote;
import coop.market.spi.RuleFinding;
import coop.market.spi.RuleFinding.Severity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CraftsTradeTest {

    private static final LocalDate DAY = LocalDate.of(2027, 5, 12);

    private final CraftsTrade trade = new CraftsTrade();

    // --- items ---

    @Test
    void pricePerItemTimesQuantity() {
        Quote quote = price(1250, 3, Map.of(), Map.of());
        assertEquals(1, quote.lines().size());
        assertEquals(Money.gbp(3750), quote.total());
        assertEquals(List.of(), quote.findings());
    }

    // --- personalisation ---

    @Test
    void personalisationIsChargedPerItemWhenAMessageIsGivenAndOffered() {
        Quote quote = price(1250, 3, Map.of("personalisable", true, "personalisationSurcharge", gbp(275)),
                Map.of("personalisation", "Happy birthday Sam"));
        assertEquals(2, quote.lines().size());
        PricedLine personalisation = quote.lines().get(1);
        assertEquals(new BigDecimal(3), personalisation.quantity());
        assertEquals(Money.gbp(825), personalisation.total());
        assertEquals(Money.gbp(3750 + 825), quote.total());
        assertEquals(List.of(), quote.findings());
    }

    @Test
    void defaultPersonalisationSurchargeIsThreePoundsAnItem() {
        Quote quote = price(1000, 2, Map.of("personalisable", true), Map.of("personalisation", "Ada"));
        assertEquals(Money.gbp(2000 + 600), quote.total());
    }

    @Test
    void noPersonalisationChargeWithoutAMessage() {
        Quote quote = price(1250, 2, Map.of("personalisable", true), Map.of());
        assertEquals(1, quote.lines().size());
        assertEquals(Money.gbp(2500), quote.total());
    }

    @Test
    void aBlankMessageIsNoMessage() {
        Quote quote = price(1250, 2, Map.of("personalisable", true), Map.of("personalisation", "   "));
        assertEquals(Money.gbp(2500), quote.total());
        assertEquals(List.of(), quote.findings());
    }

    @Test
    void personalisingAnItemThatCannotBeIsBlockedAndNotCharged() {
        Quote quote = price(1250, 2, Map.of("personalisable", false), Map.of("personalisation", "Ada"));
        assertEquals(1, quote.lines().size());
        assertEquals(Money.gbp(2500), quote.total());
        assertEquals(List.of(Severity.BLOCK), severities(quote.findings()));
        assertEquals("personalisation", quote.findings().get(0).field());
    }

    @Test
    void aMessageLongerThanTheMakersLimitIsBlocked() {
        List<RuleFinding> findings = check(Map.of("personalisable", true, "personalisationMaxLength", 10),
                Map.of("personalisation", "Eleven char"));
        assertEquals(List.of(Severity.BLOCK), severities(findings));
        assertEquals("personalisation", findings.get(0).field());
        assertTrue(findings.get(0).message().contains("10 characters"), findings.get(0).message());
    }

    @Test
    void aMessageExactlyAtTheLimitIsFine() {
        assertEquals(List.of(), check(Map.of("personalisable", true, "personalisationMaxLength", 10),
                Map.of("personalisation", "Ten chars!")));
    }

    // --- collection and delivery ---

    @Test
    void deliveryIsChargedOncePerOrderWhenOffered() {
        Quote quote = price(1250, 3, Map.of("delivery", true, "deliveryCharge", gbp(450)),
                Map.of("fulfilment", "DELIVER"));
        assertEquals(2, quote.lines().size());
        PricedLine delivery = quote.lines().get(1);
        assertEquals(BigDecimal.ONE, delivery.quantity());
        assertEquals(Money.gbp(450), delivery.total());
        assertEquals(Money.gbp(3750 + 450), quote.total());
        assertEquals(List.of(), quote.findings());
    }

    @Test
    void collectionHasNoDeliveryCharge() {
        Quote quote = price(1250, 3, Map.of("delivery", true), Map.of("fulfilment", "COLLECT"));
        assertEquals(Money.gbp(3750), quote.total());
    }

    @Test
    void personalisationAndDeliveryTogether() {
        Quote quote = price(800, 4, Map.of("personalisable", true, "delivery", true),
                Map.of("personalisation", "Gran", "fulfilment", "DELIVER"));
        // 4 x 800 + 4 x 300 + 395
        assertEquals(Money.gbp(3200 + 1200 + 395), quote.total());
    }

    @Test
    void deliveryNotOfferedIsBlockedAndNotCharged() {
        Quote quote = price(1250, 1, Map.of("delivery", false), Map.of("fulfilment", "DELIVER"));
        assertEquals(1, quote.lines().size());
        assertEquals(Money.gbp(1250), quote.total());
        assertEquals(List.of(Severity.BLOCK), severities(quote.findings()));
        assertEquals("fulfilment", quote.findings().get(0).field());
    }

    @Test
    void collectionNotOfferedIsBlocked() {
        List<RuleFinding> findings = check(Map.of("collection", false, "delivery", true),
                Map.of("fulfilment", "COLLECT"));
        assertEquals(List.of(Severity.BLOCK), severities(findings));
        assertEquals("fulfilment", findings.get(0).field());
    }

    @Test
    void aListingMustOfferCollectionOrDelivery() {
        List<FieldError> problems = trade.validateListing(listing(Map.of("collection", false, "delivery", false)));
        assertEquals(1, problems.size());
        assertEquals("attributes.collection", problems.get(0).field());
    }

    @Test
    void aListingOfferingOnlyDeliveryIsValid() {
        assertEquals(List.of(), trade.validateListing(listing(Map.of("collection", false, "delivery", true))));
    }

    // --- rules ---

    @Test
    void madeToOrderTakesAWeekByDefault() {
        assertEquals(7, trade.rules().defaultLeadTimeDays());
    }

    @Test
    void takesNoCalendarTime() {
        assertEquals(Duration.ZERO, trade.rules().estimateDuration(listing(Map.of()), request(Map.of())));
        assertEquals(Duration.ZERO, trade.rules().minimumDuration());
        assertEquals(Duration.ZERO, trade.rules().minimumNotice());
    }

    // --- helpers ---

    private List<RuleFinding> check(Map<String, ?> listing, Map<String, ?> request) {
        return trade.rules().check(DAY, listing(listing), request(request));
    }

    private Quote price(long pencePerItem, int quantity, Map<String, ?> listing, Map<String, ?> request) {
        return trade.price(new PricingRequest(Money.gbp(pencePerItem), PriceUnit.ITEM, listing(listing),
                request(request), 0, quantity, DAY));
    }

    private static List<Severity> severities(List<RuleFinding> findings) {
        return findings.stream().map(RuleFinding::severity).toList();
    }

    private AttributeValues listing(Map<String, ?> raw) {
        return TradeFixtures.listing(trade, raw);
    }

    private AttributeValues request(Map<String, ?> raw) {
        return TradeFixtures.request(trade, raw);
    }


}
