package coop.market.domain.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Address;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BookingTest {

    private static final Instant NOW = Instant.parse("2027-05-10T09:00:00Z");
    private static final Instant START = Instant.parse("2027-05-12T09:00:00Z");

    private static Booking requested() {
        return new Booking("b1", "l1", "m1", "c1", null, BookingStatus.REQUESTED, START, Duration.ofMinutes(90),
                Money.gbp(2250), "[]", "{}", new Address("1 High St", null, "Bromley", "BR1 1AA"), null, NOW,
                NOW.plus(Duration.ofHours(48)));
    }

    @Test
    void aRequestIsConfirmedThenCompletedAndKeepsItsPrice() {
        Booking booking = requested();
        assertEquals(START.plus(Duration.ofMinutes(90)), booking.end());
        assertEquals(BookingStatus.REQUESTED, booking.moveTo(BookingStatus.CONFIRMED));
        assertTrue(booking.expiresAt().isEmpty(), "confirmed work does not lapse");
        booking.moveTo(BookingStatus.COMPLETED);
        assertEquals(BookingStatus.COMPLETED, booking.status());
        assertEquals(Money.gbp(2250), booking.price());
    }

    @ParameterizedTest
    @EnumSource(value = BookingStatus.class, names = {"COMPLETED", "NO_SHOW"})
    void aRequestCannotSkipConfirmation(BookingStatus next) {
        assertThrows(ConflictException.class, () -> requested().moveTo(next));
    }

    @ParameterizedTest
    @EnumSource(value = BookingStatus.class, names = {"DECLINED", "CANCELLED", "COMPLETED", "NO_SHOW"})
    void finishedBookingsGoNowhere(BookingStatus finished) {
        for (BookingStatus next : BookingStatus.values()) {
            assertFalse(finished.canBecome(next), finished + " -> " + next);
        }
    }

    @Test
    void anUnansweredRequestLapsesAtItsExpiry() {
        Booking booking = requested();
        assertFalse(booking.expiredAt(NOW.plus(Duration.ofHours(47))));
        assertTrue(booking.expiredAt(NOW.plus(Duration.ofHours(48))));
        booking.moveTo(BookingStatus.CONFIRMED);
        assertFalse(booking.expiredAt(NOW.plus(Duration.ofDays(30))));
    }

    @Test
    void movingKeepsTheLengthAndOnlyLiveWorkMoves() {
        Booking booking = requested();
        booking.moveTo(Instant.parse("2027-05-13T13:00:00Z"));
        assertEquals(Instant.parse("2027-05-13T14:30:00Z"), booking.end());
        booking.moveTo(BookingStatus.DECLINED);
        assertThrows(ConflictException.class, () -> booking.moveTo(START));
    }

    @Test
    void lateCancellationOfConfirmedWorkCostsTheCoopsShareRoundedDown() {
        CancellationPolicy policy = new CancellationPolicy(Duration.ofHours(24), 33);
        Booking booking = requested();
        assertEquals(Optional.of(Money.gbp(742)), policy.feeFor(booking, BookingStatus.CONFIRMED,
                START.minus(Duration.ofHours(2))), "33% of GBP 22.50 is GBP 7.425: never charge a penny too much");
        assertEquals(Optional.empty(), policy.feeFor(booking, BookingStatus.CONFIRMED,
                START.minus(Duration.ofHours(24))), "exactly the notice period is in time");
        assertEquals(Optional.empty(), policy.feeFor(booking, BookingStatus.REQUESTED,
                START.minus(Duration.ofHours(2))), "an unconfirmed request costs nothing to withdraw");
        assertEquals(Optional.empty(), new CancellationPolicy(Duration.ofHours(24), 0).feeFor(booking,
                BookingStatus.CONFIRMED, START.minus(Duration.ofHours(2))), "no fee set, no fee");
    }
}
