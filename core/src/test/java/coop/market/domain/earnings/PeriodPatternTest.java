package coop.market.domain.earnings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodPatternTest {

    private static BenefitPeriod period(String start, String end) {
        return new BenefitPeriod(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void weeksRunMondayToSundayFromAMondayAnchor() {
        PeriodPattern weeks = new PeriodPattern(PeriodLength.WEEK, LocalDate.parse("2025-04-07"));
        assertEquals(period("2026-11-16", "2026-11-22"), weeks.containing(LocalDate.parse("2026-11-16")));
        assertEquals(period("2026-11-16", "2026-11-22"), weeks.containing(LocalDate.parse("2026-11-22")));
        assertEquals(period("2026-11-23", "2026-11-29"), weeks.containing(LocalDate.parse("2026-11-23")));
    }

    @Test
    void weeksStartOnTheAnchorsWeekday() {
        PeriodPattern thursdays = new PeriodPattern(PeriodLength.WEEK, LocalDate.parse("2026-01-01"));
        assertEquals(period("2026-11-19", "2026-11-25"), thursdays.containing(LocalDate.parse("2026-11-23")));
        assertEquals(period("2026-11-12", "2026-11-18"), thursdays.containing(LocalDate.parse("2026-11-18")));
    }

    @Test
    void anAssessmentPeriodRunsFromTheMembersDayToTheDayBeforeItNextMonth() {
        PeriodPattern uc = new PeriodPattern(PeriodLength.MONTH, LocalDate.parse("2025-01-17"));
        assertEquals(period("2026-01-17", "2026-02-16"), uc.containing(LocalDate.parse("2026-01-17")));
        assertEquals(period("2026-01-17", "2026-02-16"), uc.containing(LocalDate.parse("2026-02-16")));
        assertEquals(period("2025-12-17", "2026-01-16"), uc.containing(LocalDate.parse("2026-01-16")));
        assertEquals(period("2026-12-17", "2027-01-16"), uc.containing(LocalDate.parse("2027-01-01")));
    }

    @Test
    void aStartDayBeyondAShortMonthFallsOnItsLastDay() {
        PeriodPattern uc = new PeriodPattern(PeriodLength.MONTH, LocalDate.parse("2025-01-31"));
        assertEquals(period("2026-01-31", "2026-02-27"), uc.containing(LocalDate.parse("2026-02-01")));
        assertEquals(period("2026-02-28", "2026-03-30"), uc.containing(LocalDate.parse("2026-02-28")));
        assertEquals(period("2026-03-31", "2026-04-29"), uc.containing(LocalDate.parse("2026-04-01")));
        assertEquals(period("2026-04-30", "2026-05-30"), uc.containing(LocalDate.parse("2026-05-30")));
        PeriodPattern leap = new PeriodPattern(PeriodLength.MONTH, LocalDate.parse("2027-01-29"));
        assertEquals(period("2028-01-29", "2028-02-28"), leap.containing(LocalDate.parse("2028-02-28")));
        assertEquals(period("2028-02-29", "2028-03-28"), leap.containing(LocalDate.parse("2028-02-29")));
        assertEquals(period("2027-02-28", "2027-03-28"), leap.containing(LocalDate.parse("2027-03-01")));
    }

    @Test
    void monthsFromTheFirstAreCalendarMonths() {
        PeriodPattern months = new PeriodPattern(PeriodLength.MONTH, LocalDate.parse("2026-03-01"));
        assertEquals(period("2026-02-01", "2026-02-28"), months.containing(LocalDate.parse("2026-02-14")));
    }
}
