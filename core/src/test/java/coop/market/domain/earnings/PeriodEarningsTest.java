package coop.market.domain.earnings;

import static coop.market.domain.earnings.EarningsFixtures.RATES;
import static coop.market.domain.earnings.EarningsFixtures.activity;
import static coop.market.domain.earnings.EarningsFixtures.limit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodEarningsTest {

    private static PeriodEarnings esaWeek(String monday, PeriodActivity activity) {
        EarningsLimit esa = limit(LimitKind.ESA_PERMITTED_WORK, null, PeriodLength.WEEK, "2024-01-01", "2024-01-01");
        return PeriodEarnings.of(new LimitHistory(List.of(esa)).periodOf(LocalDate.parse(monday)), RATES, activity);
    }

    @Test
    void theRateTableFigureInForceOnThePeriodsFirstDayApplies() {
        assertEquals(Money.gbp(18350), esaWeek("2025-03-31", activity(0, 0, 0, 0, 0)).limit(), "week of 31 March 2025");
        assertEquals(Money.gbp(19550), esaWeek("2025-04-07", activity(0, 0, 0, 0, 0)).limit());
        assertEquals(Money.gbp(19550), esaWeek("2026-11-16", activity(0, 0, 0, 0, 0)).limit());
    }

    @Test
    void aRateLookupFindsTheLatestFigureThatHasStarted() {
        assertEquals(Money.gbp(18350), RATES.inForce("ESA_HIGHER", LocalDate.parse("2025-04-05")).orElseThrow().money());
        assertEquals(Money.gbp(19550), RATES.inForce("ESA_HIGHER", LocalDate.parse("2025-04-06")).orElseThrow().money());
        assertTrue(RATES.inForce("ESA_HIGHER", LocalDate.parse("2024-04-05")).isEmpty());
        assertEquals(960, RATES.inForce("ESA_HOURS", LocalDate.parse("2026-01-01")).orElseThrow().minutes());
    }

    @Test
    void earnedIsWorkSuppliedLessExpensesAndTheForecastAddsConfirmedWork() {
        PeriodEarnings week = esaWeek("2026-11-16", activity(10000, 5000, 1500, 0, 0));
        assertEquals(Money.gbp(8500), week.earned());
        assertEquals(Money.gbp(13500), week.forecast());
        assertEquals(Optional.of(Money.gbp(6050)), week.headroom());
        assertFalse(week.overLimit());
    }

    @Test
    void theLimitItselfIsAllowedAndAPennyOverIsNot() {
        assertFalse(esaWeek("2026-11-16", activity(0, 19550, 0, 0, 0)).overLimit());
        PeriodEarnings over = esaWeek("2026-11-16", activity(0, 19551, 0, 0, 0));
        assertTrue(over.overLimit());
        assertEquals(Optional.of(Money.gbp(0)), over.headroom(), "headroom never shows below nothing");
    }

    @Test
    void theScenarioFromTheIssue() {
        PeriodEarnings week = esaWeek("2026-11-16", activity(0, 15000, 0, 0, 0));
        assertEquals(Optional.of(Money.gbp(4550)), week.headroom());
        assertTrue(week.plusConfirmed(Money.gbp(6000), 60).overLimit());
    }

    @Test
    void permittedWorkMustStayUnderSixteenHoursIncludingAdmin() {
        PeriodEarnings week = esaWeek("2026-11-16", activity(0, 0, 0, 900, 59));
        assertFalse(week.overHours());
        assertEquals(Optional.of(0L), week.minutesLeft());
        assertTrue(week.plusConfirmed(Money.gbp(0), 1).overHours(), "16 hours exactly is not under 16");
    }

    @Test
    void hoursDoNotCountForAnAssessmentPeriod() {
        EarningsLimit uc = limit(LimitKind.UC_ASSESSMENT, 50000L, PeriodLength.MONTH, "2026-01-17", "2026-01-17");
        PeriodEarnings month = PeriodEarnings.of(new LimitHistory(List.of(uc)).periodOf(LocalDate.parse("2026-11-20")),
                RATES, activity(0, 0, 0, 5000, 0));
        assertNull(month.minutesLimit());
        assertFalse(month.overHours());
        assertEquals(new BenefitPeriod(LocalDate.parse("2026-11-17"), LocalDate.parse("2026-12-16")), month.period());
    }

    @Test
    void staffAreWarnedFromEightyPercent() {
        assertFalse(esaWeek("2026-11-16", activity(0, 15639, 0, 0, 0)).nearLimit());
        assertTrue(esaWeek("2026-11-16", activity(0, 15640, 0, 0, 0)).nearLimit());
    }

    @Test
    void withoutALimitThereIsNoHeadroom() {
        PeriodEarnings week = PeriodEarnings.of(new LimitHistory(List.of()).periodOf(LocalDate.parse("2026-11-20")),
                RATES, activity(100000, 0, 0, 0, 0));
        assertTrue(week.headroom().isEmpty());
        assertFalse(week.overLimit());
        assertFalse(week.nearLimit());
    }
}
