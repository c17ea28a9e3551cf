package coop.market.domain.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UK tax years: 6 April to 5 April, named by the year they start in. */
class TaxYearTest {

    private static final TaxYear YEAR = new TaxYear(2026);

    @Test
    void runsFromSixAprilToFiveAprilAndIsWrittenAsHmrcWritesIt() {
        assertEquals(LocalDate.of(2026, 4, 6), YEAR.start());
        assertEquals(LocalDate.of(2027, 4, 5), YEAR.end());
        assertEquals("2026-27", YEAR.label());
        assertEquals("1999-00", new TaxYear(1999).label());
        assertEquals(new TaxYear(2027), YEAR.next());
    }

    @Test
    void theYearContainingADayTurnsOverOnSixApril() {
        assertEquals(new TaxYear(2025), TaxYear.containing(LocalDate.of(2026, 4, 5)));
        assertEquals(YEAR, TaxYear.containing(LocalDate.of(2026, 4, 6)));
        assertEquals(YEAR, TaxYear.containing(LocalDate.of(2026, 12, 31)));
        assertEquals(YEAR, TaxYear.containing(LocalDate.of(2027, 1, 1)));
        assertEquals(YEAR, TaxYear.containing(LocalDate.of(2027, 4, 5)));
        assertEquals(new TaxYear(2027), TaxYear.containing(LocalDate.of(2027, 4, 6)));
        assertTrue(YEAR.contains(LocalDate.of(2027, 4, 5)));
        assertFalse(YEAR.contains(LocalDate.of(2026, 4, 5)));
    }

    @Test
    void isReadAsItsStartYearOrItsLabel() {
        assertEquals(YEAR, TaxYear.parse("2026"));
        assertEquals(YEAR, TaxYear.parse(" 2026-27 "));
        assertEquals(new TaxYear(1999), TaxYear.parse("1999-00"));
    }

    @Test
    void anythingElseIsRefusedSayingWhatToWrite() {
        for (String bad : new String[] {null, "", "next", "20x6", "26", "2026-2027", "2026/27", "2026-28"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> TaxYear.parse(bad),
                    bad);
            assertTrue(refused.getMessage().contains("2026"), refused.getMessage());
        }
        assertEquals("2026-28 is not a tax year: a tax year starting in 2026 is 2026-27",
                assertThrows(IllegalArgumentException.class, () -> TaxYear.parse("2026-28")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TaxYear.parse("1800")).getMessage()
                .startsWith("Tax years start from 1996-97"));
        assertThrows(IllegalArgumentException.class, () -> new TaxYear(1995));
    }

    @Test
    void itsMonthsAreCalendarMonthsClippedToTheYear() {
        List<DateRange> months = YEAR.months();

        assertEquals(13, months.size());
        assertEquals(new DateRange(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 30)), months.get(0));
        assertEquals(new DateRange(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)), months.get(1));
        assertEquals(new DateRange(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)), months.get(11));
        assertEquals(new DateRange(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 5)), months.get(12));
        assertEquals(new DateRange(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)),
                new TaxYear(2027).months().get(10), "a leap year's February");
        for (int i = 1; i < months.size(); i++) {
            assertEquals(months.get(i - 1).to().plusDays(1), months.get(i).from(), "no gap and no overlap");
        }
    }
}
