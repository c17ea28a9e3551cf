package coop.market.domain.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import coop.market.domain.booking.Recurrence.Frequency;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final LocalDateTime FIRST = LocalDateTime.parse("2027-03-15T09:00");

    @Test
    void fortnightlyVisitsKeepTheirLocalTimeAcrossTheClockChange() {
        assertEquals(List.of(FIRST, LocalDateTime.parse("2027-03-29T09:00"), LocalDateTime.parse("2027-04-12T09:00")),
                new Recurrence(Frequency.FORTNIGHTLY, 3, null).occurrences(FIRST));
    }

    @Test
    void weeklyUntilADateIncludesThatDate() {
        assertEquals(4, new Recurrence(Frequency.WEEKLY, null, LocalDate.parse("2027-04-05")).occurrences(FIRST).size());
        assertEquals(3, new Recurrence(Frequency.WEEKLY, null, LocalDate.parse("2027-04-04")).occurrences(FIRST).size());
    }

    @Test
    void theCountOrTheLastDateWhicheverComesFirst() {
        assertEquals(2, new Recurrence(Frequency.WEEKLY, 2, LocalDate.parse("2027-12-31")).occurrences(FIRST).size());
        assertEquals(1, new Recurrence(Frequency.WEEKLY, 10, LocalDate.parse("2027-03-15")).occurrences(FIRST).size());
    }

    @Test
    void monthlyOnThe31stFallsOnTheLastDayOfShorterMonths() {
        LocalDateTime first = LocalDateTime.parse("2027-01-31T10:00");
        assertEquals(List.of(first, LocalDateTime.parse("2027-02-28T10:00"), LocalDateTime.parse("2027-03-31T10:00")),
                new Recurrence(Frequency.MONTHLY, 3, null).occurrences(first));
    }

    @Test
    void aSeriesHasLimits() {
        assertThrows(IllegalArgumentException.class, () -> new Recurrence(Frequency.WEEKLY, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Recurrence(Frequency.WEEKLY, 53, null));
        assertEquals(Recurrence.MAX_OCCURRENCES,
                new Recurrence(Frequency.WEEKLY, null, LocalDate.parse("2040-01-01")).occurrences(FIRST).size());
        assertThrows(IllegalArgumentException.class,
                () -> new Recurrence(Frequency.WEEKLY, null, LocalDate.parse("2027-03-01")).occurrences(FIRST));
    }
}
