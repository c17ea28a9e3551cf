package coop.market.trade.cleaning;

import static coop.market.spi.contract.TradeFixtures.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Money;
import coop.market.spi.AttributeValues;
import coop.market.spi.contract.TradeFixtures;
import coop.market.spi.PriceUnit;
import coop.market.spi.PricedLine;
import coop.market.spi.PricingRequest;
import coop.market.spi.Quote;
import coop.market.spi.RuleFinding;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CleaningTradeTest {

    private static final LocalDate DAY = LocalDate.of(2027, 5, 12);

    private final CleaningTrade trade = new CleaningTrade();

    // --- duration ---

    @Test
    void defaultTwoBedroomsOneBathroomTakesTwoHours() {
        assertEquals(Duration.ofHours(2), estimate(Map.of()));
    }

    @Test
    void noRoomsStillBooksTheOneHourMinimum() {
        assertEquals(Duration.ofHours(1), estimate(Map.of("bedrooms", 0, "bathrooms", 0)));
        assertEquals(Duration.ofHours(1), trade.rules().minimumDuration());
    }

    @ParameterizedTest(name = "{0} bed, {1} bath -> {2} min")
    @CsvSource({"1, 0, 60", "1, 1, 90", "2, 0, 90", "3, 2, 180", "10, 6, 510"})
    void halfAnHourToStartThenHalfAnHourPerRoom(int bedrooms, int bathrooms, int minutes) {
        assertEquals(Duration.ofMinutes(minutes), estimate(Map.of("bedrooms", bedrooms, "bathrooms", bathrooms)));
    }

    @Test
    void everyEstimateFallsOnTheBookingGrid() {
        for (int bedrooms = 0; bedrooms <= 10; bedrooms++) {
            for (int bathrooms = 0; bathrooms <= 6; bathrooms++) {
                Duration estimate = estimate(Map.of("bedrooms", bedrooms, "bathrooms", bathrooms));
                assertEquals(0, estimate.toMinutes() % 30, bedrooms + " bed, " + bathrooms + " bath: " + estimate);
                assertTrue(estimate.compareTo(Duration.ofHours(1)) >= 0, "at least an hour: " + estimate);
            }
        }
    }

    // --- pricing ---

    @Test
    void twoAndAHalfHoursAtFifteenPoundsIsThirtySevenFifty() {
        Quote quote = price(1500, 150, Map.of(), Map.of());
        assertEquals(1, quote.lines().size());
        assertEquals(Money.gbp(3750), quote.total());
    }

    @Test
    void ninetyMinutesAtThirteenThirtyThreeRoundsHalfUpToTwentyPounds() {
        // 1.5 x 1333p = 1999.5p
        assertEquals(Money.gbp(2000), price(1333, 90, Map.of(), Map.of()).total());
    }

    @Test
    void suppliesSurchargeIsAddedWhenRequestedAndOffered() {
        Quote quote = price(1500, 120, Map.of("suppliesAvailable", true, "suppliesSurcharge", gbp(650)),
                Map.of("withSupplies", true));
        assertEquals(2, quote.lines().size());
        PricedLine supplies = quote.lines().get(1);
        assertEquals(Money.gbp(650), supplies.total());
        assertEquals(Money.gbp(3000 + 650), quote.total());
        assertEquals(List.of(), quote.findings());
    }

    @Test
    void defaultSuppliesSurchargeIsFivePounds() {
        assertEquals(Money.gbp(3000 + 500), price(1500, 120, Map.of(), Map.of("withSupplies", true)).total());
    }

    @Test
    void noSuppliesSurchargeWhenNotRequested() {
        Quote quote = price(1500, 120, Map.of("suppliesAvailable", true), Map.of("withSupplies", false));
        assertEquals(1, quote.lines().size());
        assertEquals(Money.gbp(3000), quote.total());
    }

    @Test
    void askingForSuppliesTheCleanerDoesNotOfferIsBlockedAndNotCharged() {
        Quote quote = price(1500, 120, Map.of("suppliesAvailable", false), Map.of("withSupplies", true));
        assertEquals(1, quote.lines().size());
        assertEquals(Money.gbp(3000), quote.total());
        assertEquals(1, quote.findings().size());
        RuleFinding finding = quote.findings().get(0);
        assertEquals(RuleFinding.Severity.BLOCK, finding.severity());
        assertEquals("withSupplies", finding.field());
    }

    @Test
    void rulesCheckBlocksSuppliesNotOffered() {
        List<RuleFinding> findings = trade.rules().check(DAY, listing(Map.of("suppliesAvailable", false)),
                request(Map.of("withSupplies", true)));
        assertEquals(List.of(RuleFinding.Severity.BLOCK), findings.stream().map(RuleFinding::severity).toList());
    }

    @Test
    void noFindingsForAPlainRequest() {
        assertEquals(List.of(), trade.rules().check(DAY, listing(Map.of("suppliesAvailable", false)),
                request(Map.of())));
    }

    // --- booking rules ---

    @Test
    void suitsRecurringVisits() {
        assertTrue(trade.rules().suitsRecurring());
    }

    @Test
    void needsTwentyFourHoursNotice() {
        assertEquals(Duration.ofHours(24), trade.rules().minimumNotice());
    }

    // --- helpers ---

    private Duration estimate(Map<String, ?> request) {
        return trade.rules().estimateDuration(listing(Map.of()), request(request));
    }

    private Quote price(long hourlyPence, int minutes, Map<String, ?> listing, Map<String, ?> request) {
        return trade.price(new PricingRequest(Money.gbp(hourlyPence), PriceUnit.HOUR, listing(listing),
                request(request), minutes, 1, DAY));
    }

    private AttributeValues listing(Map<String, ?> raw) {
        return TradeFixtures.listing(trade, raw);
    }

    private AttributeValues request(Map<String, ?> raw) {
        return TradeFixtures.request(trade, raw);
    }


}
