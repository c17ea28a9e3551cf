package coop.market.domain.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The co-op's contribution: tiers, caps, per-member overrides and dated changes, exact to the penny. */
class ContributionRulesTest {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 6);
    /** Nothing on the first GBP 20 a week, 10% above. */
    private static final ContributionPolicy TIERED = new ContributionPolicy(APRIL,
            List.of(new ContributionTier(0, 0), new ContributionTier(2000, 1000)), null);

    @Test
    void nothingOnTheFirstTwentyPoundsAWeekAndTenPerCentAbove() {
        assertEquals(Money.gbp(0), TIERED.on(Money.gbp(1999), 7));
        assertEquals(Money.gbp(0), TIERED.on(Money.gbp(2000), 7));
        assertEquals(Money.gbp(420), TIERED.on(Money.gbp(6200), 7), "10% of GBP 42");
        assertEquals(Money.gbp(0), TIERED.on(Money.gbp(0), 7));
    }

    @Test
    void aMonthsPayOutHasTheBandsOfItsDays() {
        // 30 days: the free band is GBP 20 x 30 / 7 = GBP 85.714...; 10% of the rest, rounded down.
        assertEquals(Money.gbp(2142), TIERED.on(Money.gbp(30000), 30));
    }

    @Test
    void aCapLimitsWhatIsTakenInAPeriod() {
        ContributionPolicy capped = new ContributionPolicy(APRIL, TIERED.tiers(), 500L);
        assertEquals(Money.gbp(500), capped.on(Money.gbp(20000), 7), "GBP 18 capped at GBP 5");
        assertEquals(Money.gbp(300), capped.on(Money.gbp(5000), 7), "under the cap");
        assertEquals(Money.gbp(2142), capped.on(Money.gbp(100000), 30), "GBP 5 a week over 30 days");
    }

    @Test
    void aMembersOverrideTakesThePlaceOfThePolicyWhileItLasts() {
        ContributionRules rules = new ContributionRules(List.of(TIERED), List.of(new ContributionOverride("m1",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), 0, "New member: first three months free")));
        assertEquals(Money.gbp(0), rules.contribution("m1", Money.gbp(10000), LocalDate.of(2027, 3, 31), 7));
        assertEquals(Money.gbp(800), rules.contribution("m1", Money.gbp(10000), LocalDate.of(2027, 4, 7), 7));
        assertEquals(Money.gbp(800), rules.contribution("m2", Money.gbp(10000), LocalDate.of(2027, 3, 31), 7));
    }

    @Test
    void aChangeAppliesToPayPeriodsEndingOnOrAfterItsDate() {
        ContributionPolicy lower = new ContributionPolicy(LocalDate.of(2027, 1, 1),
                List.of(new ContributionTier(0, 500)), null);
        ContributionRules rules = new ContributionRules(List.of(lower, TIERED), List.of());
        assertEquals(Money.gbp(800), rules.contribution("m1", Money.gbp(10000), LocalDate.of(2026, 12, 31), 7));
        assertEquals(Money.gbp(500), rules.contribution("m1", Money.gbp(10000), LocalDate.of(2027, 1, 1), 7));
        assertEquals(Money.gbp(0), rules.contribution("m1", Money.gbp(10000), LocalDate.of(2026, 1, 1), 7),
                "before any policy: nothing");
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ContributionPolicy(APRIL,
                List.of(new ContributionTier(100, 1000)), null), "the first band starts at nothing");
        assertThrows(IllegalArgumentException.class, () -> new ContributionTier(0, 10_001));
        assertThrows(IllegalArgumentException.class, () -> new ContributionOverride("m1", APRIL,
                APRIL.minusDays(1), 0, "Backwards"));
        assertThrows(IllegalArgumentException.class, () -> TIERED.on(Money.gbp(100), 0));
    }

    @Property
    void aContributionIsNeverMoreThanTheShareAndGrowsWithIt(@ForAll @LongRange(min = 0, max = 10_000_000) long share,
            @ForAll @LongRange(min = 0, max = 100_000) long more, @ForAll @IntRange(min = 1, max = 31) int days,
            @ForAll @IntRange(min = 0, max = 10_000) int rate, @ForAll @LongRange(min = 0, max = 50_000) long cap) {
        ContributionPolicy policy = new ContributionPolicy(APRIL,
                List.of(new ContributionTier(0, 0), new ContributionTier(2000, rate)), cap);
        Money taken = policy.on(Money.gbp(share), days);
        assertTrue(!taken.isNegative() && !taken.isGreaterThan(Money.gbp(share)), taken.toString());
        assertTrue(!taken.isGreaterThan(policy.on(Money.gbp(share + more), days)), "never less for a larger share");
        assertTrue(taken.minor() <= cap * days / 7 + 1, "within the cap for the period");
    }
}
