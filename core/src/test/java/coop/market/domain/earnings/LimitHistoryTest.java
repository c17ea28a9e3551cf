package coop.market.domain.earnings;

import static coop.market.domain.earnings.EarningsFixtures.limit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitHistoryTest {

    private final EarningsLimit esa = limit(LimitKind.ESA_PERMITTED_WORK, null, PeriodLength.WEEK, "2026-01-05",
            "2026-01-05");
    private final EarningsLimit uc = limit(LimitKind.UC_ASSESSMENT, 50000L, PeriodLength.MONTH, "2026-03-17",
            "2026-03-17");

    @Test
    void theNewestLimitInForceOnADayWins() {
        LimitHistory history = new LimitHistory(List.of(uc, esa));
        assertTrue(history.inForce(LocalDate.parse("2026-01-04")).isEmpty());
        assertEquals(esa, history.inForce(LocalDate.parse("2026-01-05")).orElseThrow());
        assertEquals(esa, history.inForce(LocalDate.parse("2026-03-16")).orElseThrow());
        assertEquals(uc, history.inForce(LocalDate.parse("2026-03-17")).orElseThrow());
    }

    @Test
    void ofTwoLimitsFromTheSameDayTheOneSetLaterWins() {
        EarningsLimit first = limit(LimitKind.CUSTOM, 1000L, PeriodLength.WEEK, "2026-01-05", "2026-02-02");
        EarningsLimit correction = limit(LimitKind.CUSTOM, 2000L, PeriodLength.WEEK, "2026-01-05", "2026-02-02",
                EarningsFixtures.SET.plusSeconds(60));
        assertEquals(correction, new LimitHistory(List.of(correction, first)).inForce(LocalDate.parse("2026-02-10"))
                .orElseThrow());
    }

    @Test
    void aPeriodEndsTheDayBeforeANewLimitTakesEffectInsideIt() {
        LimitHistory history = new LimitHistory(List.of(esa, uc));
        List<LimitHistory.LimitedPeriod> periods = history.periods(LocalDate.parse("2026-03-09"),
                LocalDate.parse("2026-04-20"));
        assertEquals(new BenefitPeriod(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-15")),
                periods.get(0).period());
        assertEquals(new BenefitPeriod(LocalDate.parse("2026-03-16"), LocalDate.parse("2026-03-16")),
                periods.get(1).period());
        assertEquals(esa, periods.get(1).limit());
        assertEquals(new BenefitPeriod(LocalDate.parse("2026-03-17"), LocalDate.parse("2026-04-16")),
                periods.get(2).period());
        assertEquals(uc, periods.get(2).limit());
        assertEquals(new BenefitPeriod(LocalDate.parse("2026-04-17"), LocalDate.parse("2026-05-16")),
                periods.get(3).period());
        assertEquals(4, periods.size());
    }

    @Test
    void withoutALimitPeriodsAreCalendarWeeks() {
        LimitHistory.LimitedPeriod period = new LimitHistory(List.of()).periodOf(LocalDate.parse("2026-11-25"));
        assertEquals(new BenefitPeriod(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-29")), period.period());
        assertNull(period.limit());
    }
}
