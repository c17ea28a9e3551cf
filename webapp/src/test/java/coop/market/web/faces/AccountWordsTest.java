package coop.market.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import coop.market.application.CustomerAccountService.Series;
import coop.market.application.CustomerAccountService.Visit;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.booking.Recurrence;
import coop.market.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountWordsTest {

    private static Visit visit(BookingStatus status, boolean lapsed, Series series) {
        Instant start = Instant.parse("2026-12-14T10:00:00Z");
        return new Visit("b1", "l1", "Home cleaning by Daniel", "Cleaning", "Daniel", start,
                start.plusSeconds(3600), status, lapsed, Money.gbp(1800), series);
    }

    @Test
    void aVisitsStateIsSaidAsTheCustomerWouldSayIt() {
        assertEquals("Waiting for Daniel to say yes", AccountWords.status(visit(BookingStatus.REQUESTED, false, null)));
        assertEquals("Not answered in time, so not booked",
                AccountWords.status(visit(BookingStatus.REQUESTED, true, null)));
        assertEquals("Daniel could not do it", AccountWords.status(visit(BookingStatus.DECLINED, false, null)));
        assertEquals("Confirmed", AccountWords.status(visit(BookingStatus.CONFIRMED, false, null)));
    }

    @Test
    void aVisitOfASeriesSaysWhichAndHowOften() {
        assertNull(AccountWords.series(visit(BookingStatus.CONFIRMED, false, null)));
        assertEquals("Visit 2 of 6, every two weeks", AccountWords.series(visit(BookingStatus.CONFIRMED, false,
                new Series("s1", Recurrence.Frequency.FORTNIGHTLY, 2, 6, 5))));
        assertEquals("Visit 1 of 3, every month", AccountWords.series(visit(BookingStatus.CONFIRMED, false,
                new Series("s1", Recurrence.Frequency.MONTHLY, 1, 3, 3))));
    }
}
