package coop.market.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.DateRange;
import coop.market.domain.statement.TaxYear;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report's period: a tax year or a month, named by a key for links, its days turning at London midnight. */
class ReportPeriodTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aTaxYearIsSixAprilToFiveAprilInItsThirteenMonths() {
        ReportPeriod year = ReportPeriod.parse("tax-year-2026");

        assertEquals(ReportPeriod.of(new TaxYear(2026)), year);
        assertEquals("tax-year-2026", year.key());
        assertEquals("the 2026-27 tax year", year.name());
        assertEquals(new DateRange(LocalDate.parse("2026-04-06"), LocalDate.parse("2027-04-05")), year.days());
        assertEquals(13, year.months().size());
        assertEquals(new DateRange(LocalDate.parse("2027-04-01"), LocalDate.parse("2027-04-05")),
                year.months().get(12));
        assertEquals(Instant.parse("2026-04-05T23:00:00Z"), year.start(LONDON), "midnight, summer time");
        assertEquals(Instant.parse("2027-04-05T23:00:00Z"), year.end(LONDON));
        assertEquals(ReportPeriod.of(new TaxYear(2026)), ReportPeriod.parse("tax-year-2026-27"));
    }

    @Test
    void aMonthIsItsDaysAndItsTaxYearIsTheOneItStartsIn() {
        ReportPeriod december = ReportPeriod.parse("month-2026-12");

        assertEquals("month-2026-12", december.key());
        assertEquals("December 2026", december.name());
        assertEquals(List.of(new DateRange(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"))),
                december.months());
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), december.end(LONDON), "midnight, winter time");
        assertEquals(new TaxYear(2026), december.taxYear());
        assertEquals(new TaxYear(2025), ReportPeriod.of(YearMonth.of(2026, 3)).taxYear());
        assertEquals(new TaxYear(2025), ReportPeriod.of(YearMonth.of(2026, 4)).taxYear(), "1-5 April 2026");
    }

    @Test
    void aPeriodHasBegunOnItsFirstDay() {
        ReportPeriod april = ReportPeriod.of(YearMonth.of(2027, 4));

        assertFalse(april.begunBy(LocalDate.parse("2027-03-31")));
        assertTrue(april.begunBy(LocalDate.parse("2027-04-01")));
    }

    @Test
    void aKeyNamingNoPeriodSaysWhatToChoose() {
        for (String bad : new String[] {null, "", "2026", "month-2026-13", "month-soon", "week-2026-12-07"}) {
            assertEquals("Choose a tax year or a month",
                    assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse(bad)).getMessage(), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("tax-year-1800"));
        String before = assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("month-1800-01"))
                .getMessage();
        assertTrue(before.startsWith("Tax years start from 1996-97"), before);
    }
}
