package coop.market.trade.gardening;

import static coop.market.spi.contract.TradeFixtures.gbp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Money;
import coop.market.spi.AttributeValues;
import coop.market.spi.contract.TradeFixtures;
import coop.market.spi.PriceUnit;
import coop.market.spi.PricingRequest;
import coop.market.spi.Quote;
import coop.market.spi.RuleFinding;
import coop.market.spi.RuleFinding.Severity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GardeningTradeTest {

    private static final LocalDate MAY = LocalDate.of(2027, 5, 12);

    private final GardeningTrade trade = new GardeningTrade();

    // --- duration ---

    @Test
    void defaultWeedingInAMediumGardenTakesAnHour() {
        assertEquals(Duration.ofHours(1), estimate(Map.of()));
    }

    @ParameterizedTest(name = "{0} in a {1} garden -> {2} min")
    @CsvSource({
        "mowing, small, 60", // 30 min, raised to the 1 hour minimum
        "mowing, medium, 60",
        "mowing, large, 90",
        "hedge-trimming, small, 60", // 45 min, raised to the minimum
        "hedge-trimming, medium, 90",
        "hedge-trimming, large, 150",
        "weeding, large, 120",
        "planting, large, 90"})
    void oneTask(String task, String size, int minutes) {
        assertEquals(Duration.ofMinutes(minutes), estimate(Map.of("tasks", List.of(task), "gardenSize", size)));
    }

    @Test
    void tasksAddUpAndRoundUpOntoTheHalfHourGrid() {
        // small: 30 mowing + 45 hedge = 75 min -> 90
        assertEquals(Duration.ofMinutes(90),
                estimate(Map.of("tasks", List.of("mowing", "hedge-trimming"), "gardenSize", "small")));
        // small: 30 + 45 + 30 + 30 = 135 min -> 150
        assertEquals(Duration.ofMinutes(150),
                estimate(Map.of("tasks", GardeningTrade.ALL_TASKS, "gardenSize", "small")));
        // large: 90 + 150 + 120 + 90 = 450 min
        assertEquals(Duration.ofMinutes(450),
                estimate(Map.of("tasks", GardeningTrade.ALL_TASKS, "gardenSize", "large")));
    }

    // --- pricing ---

    @Test
    void hourlyPriceIsChargedForTheDuration() {
        Quote quote = price(PriceUnit.HOUR, 1800, 90, Map.of(), Map.of());
        assertEquals(1, quote.lines().size());
        assertEquals(Money.gbp(2700), quote.total());
    }

    @Test
    void visitPriceIsFixedWhateverTheDuration() {
        assertEquals(Money.gbp(4500), price(PriceUnit.VISIT, 4500, 60, Map.of(), Map.of()).total());
        assertEquals(Money.gbp(4500), price(PriceUnit.VISIT, 4500, 270, Map.of(), Map.of()).total());
    }

    @Test
    void greenWasteSurchargeIsAddedWhenRequestedAndOffered() {
        Quote quote = price(PriceUnit.HOUR, 1800, 120,
                Map.of("greenWasteRemoval", true, "greenWasteSurcharge", gbp(1250)), Map.of("removeGreenWaste", true));
        assertEquals(2, quote.lines().size());
        assertEquals(Money.gbp(1250), quote.lines().get(1).total());
        assertEquals(Money.gbp(3600 + 1250), quote.total());
        assertEquals(List.of(), quote.findings());
    }

    @Test
    void greenWasteSurchargeAppliesToVisitPricesToo() {
        Quote quote = price(PriceUnit.VISIT, 4000, 60, Map.of(), Map.of("removeGreenWaste", true));
        assertEquals(Money.gbp(4000 + 1500), quote.total());
    }

    @Test
    void noGreenWasteSurchargeWhenNotRequested() {
        Quote quote = price(PriceUnit.HOUR, 1800, 120, Map.of("greenWasteRemoval", true), Map.of());
        assertEquals(1, quote.lines().size());
        assertEquals(Money.gbp(3600), quote.total());
    }

    @Test
    void greenWasteRemovalNotOfferedIsBlockedAndNotCharged() {
        Quote quote = price(PriceUnit.HOUR, 1800, 120, Map.of("greenWasteRemoval", false),
                Map.of("removeGreenWaste", true));
        assertEquals(1, quote.lines().size());
        assertEquals(Money.gbp(3600), quote.total());
        assertEquals(List.of(Severity.BLOCK), severities(quote.findings()));
        assertEquals("removeGreenWaste", quote.findings().get(0).field());
    }

    // --- seasons ---

    @ParameterizedTest
    @ValueSource(strings = {"2027-02-28", "2027-11-01", "2027-12-15", "2027-01-10"})
    void mowingIsBlockedFromNovemberToFebruary(LocalDate day) {
        List<RuleFinding> findings = check(day, Map.of("tasks", List.of("mowing")));
        assertEquals(List.of(Severity.BLOCK), severities(findings));
        assertEquals("tasks", findings.get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-03-01", "2027-06-15", "2027-10-31"})
    void mowingIsAllowedFromMarchToOctober(LocalDate day) {
        assertEquals(List.of(), check(day, Map.of("tasks", List.of("mowing"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-03-01", "2027-05-12", "2027-08-31"})
    void hedgeTrimmingInNestingSeasonWarns(LocalDate day) {
        List<RuleFinding> findings = check(day, Map.of("tasks", List.of("hedge-trimming")));
        assertEquals(List.of(Severity.WARN), severities(findings));
        assertTrue(findings.get(0).message().contains("nesting"), findings.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-02-28", "2027-09-01", "2027-09-30"})
    void hedgeTrimmingOutsideNestingSeasonHasNoWarning(LocalDate day) {
        assertEquals(List.of(), check(day, Map.of("tasks", List.of("hedge-trimming"))));
    }

    @Test
    void nestingWarningStillAllowsPricing() {
        Quote quote = price(PriceUnit.VISIT, 3000, 90, Map.of(), Map.of("tasks", List.of("hedge-trimming")));
        assertEquals(Money.gbp(3000), quote.total());
        assertEquals(List.of(Severity.WARN), severities(quote.findings()));
    }

    // --- what the gardener offers ---

    @Test
    void aTaskTheListingDoesNotOfferIsBlocked() {
        // September, so hedge trimming brings no nesting warning
        List<RuleFinding> findings = trade.rules().check(LocalDate.of(2027, 9, 15), listing(Map.of("tasks", List.of("weeding"))),
                request(Map.of("tasks", List.of("weeding", "hedge-trimming"))));
        assertEquals(List.of(Severity.BLOCK), severities(findings));
        assertEquals("tasks", findings.get(0).field());
        assertTrue(findings.get(0).message().contains("hedge trimming"), findings.get(0).message());
    }

    @Test
    void offeredTasksHaveNoFindingsInSeason() {
        assertEquals(List.of(), trade.rules().check(MAY, listing(Map.of("tasks", List.of("weeding", "planting"))),
                request(Map.of("tasks", List.of("weeding", "planting")))));
    }

    @Test
    void suitsRecurringVisitsWithTheUsualNotice() {
        assertTrue(trade.rules().suitsRecurring());
        assertEquals(Duration.ofHours(24), trade.rules().minimumNotice());
        assertEquals(Duration.ofHours(1), trade.rules().minimumDuration());
    }

    // --- helpers ---

    private Duration estimate(Map<String, ?> request) {
        return trade.rules().estimateDuration(listing(Map.of()), request(request));
    }

    private List<RuleFinding> check(LocalDate day, Map<String, ?> request) {
        return trade.rules().check(day, listing(Map.of()), request(request));
    }

    private Quote price(PriceUnit unit, long pence, int minutes, Map<String, ?> listing, Map<String, ?> request) {
        return trade.price(new PricingRequest(Money.gbp(pence), unit, listing(listing), request(request), minutes, 1,
                MAY));
    }

    private static List<Severity> severities(List<RuleFinding> findings) {
        return findings.stream().map(RuleFinding::severity).toList();
    }

    @Test
    void customersStartFromAJobTheGardenerOffers() {
        assertEquals(Map.of(), trade.suggestedOptions(listing(Map.of())), "weeding is offered: keep the default");
        assertEquals(Map.of("tasks", List.of("mowing")),
                trade.suggestedOptions(listing(Map.of("tasks", List.of("mowing", "hedge-trimming")))));
    }

    private AttributeValues listing(Map<String, ?> raw) {
        return TradeFixtures.listing(trade, raw);
    }

    private AttributeValues request(Map<String, ?> raw) {
        return TradeFixtures.request(trade, raw);
    }


}
