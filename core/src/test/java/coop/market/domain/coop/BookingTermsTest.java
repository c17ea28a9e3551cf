package coop.market.domain.coop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import coop.market.domain.booking.CancellationPolicy;
import coop.market.domain.shared.Address;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BookingTermsTest {

    @Test
    void termsBecomeTheRequestExpiryAndTheCancellationPolicy() {
        BookingTerms terms = new BookingTerms(72, 36, 25);

        assertEquals(Duration.ofHours(72), terms.requestExpiry());
        assertEquals(new CancellationPolicy(Duration.ofHours(36), 25), terms.cancellation());
    }

    @Test
    void termsOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BookingTerms(0, 24, 0), "a request must hold a while");
        assertThrows(IllegalArgumentException.class, () -> new BookingTerms(BookingTerms.LONGEST_HOURS + 1, 24, 0));
        assertThrows(IllegalArgumentException.class, () -> new BookingTerms(48, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new BookingTerms(48, 24, 101));
    }

    @Test
    void aCoopHasNoTermsOfItsOwnUntilTheyAreSet() {
        Cooperative coop = new Cooperative("c1", "Bromley Micro Enterprises CIC",
                new Address("Unit 4", null, "Orpington", "BR5 2RB"), "CIC", null, "hello@demo.coop", null);
        assertEquals(Optional.empty(), coop.bookingTerms());

        coop.changeBookingTerms(new BookingTerms(72, 36, 25));

        assertEquals(Optional.of(new BookingTerms(72, 36, 25)), coop.bookingTerms());
    }
}
