package coop.market.infrastructure.persistence;

import static coop.market.infrastructure.persistence.Fixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.customer.Customer;
import coop.market.domain.shared.Address;
import coop.market.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("database")
class JpaBookingRepositoryTest {

    private static final Instant NOON = Instant.parse("2027-05-10T12:00:00Z");

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @BeforeEach
    void addMemberCustomerAndListing() {
        db.inTransaction(em -> {
            new JpaMemberRepository(em).add(member("m1", "Grace Adeyemi", Set.of("cleaning"), Set.of("BR7")));
            new JpaCustomerRepository(em).add(new Customer("c1", "Sam Patel", "sam@example.org",
                    new Address("1 High Street", null, "Orpington", "BR6 0AA"), null, Fixtures.T0));
            new JpaListingRepository(em).add(Fixtures.service("l1", "m1", "cleaning", "Cleaning", "Homes", Fixtures.T0));
        });
    }

    @Test
    void liveBookingsAreThoseThatTouchThePeriodEvenWhenTheyStartedLongBefore() {
        add("longest", BookingStatus.CONFIRMED, NOON.minus(Booking.LONGEST).plusSeconds(1800), Booking.LONGEST);
        add("ended", BookingStatus.CONFIRMED, NOON.minus(Duration.ofHours(2)), Duration.ofHours(2));
        add("inside", BookingStatus.REQUESTED, NOON.plus(Duration.ofHours(1)), Duration.ofHours(1));
        add("after", BookingStatus.CONFIRMED, NOON.plus(Duration.ofHours(3)), Duration.ofHours(1));
        add("lapsed", BookingStatus.REQUESTED, NOON.plus(Duration.ofHours(1)), Duration.ofHours(1), NOON.minusSeconds(1));

        List<Booking> live = new JpaBookingRepository(db.entityManager())
                .liveForMember("m1", NOON, NOON.plus(Duration.ofHours(3)), NOON);

        assertEquals(List.of("longest", "inside"), live.stream().map(Booking::id).toList());
    }

    @Test
    void bookingsHoldingTimeIncludeRequestsThatLapsedButAreNotClosedYet() {
        add("ended", BookingStatus.CONFIRMED, NOON.minus(Duration.ofHours(2)), Duration.ofHours(2));
        add("lapsed", BookingStatus.REQUESTED, NOON.plus(Duration.ofHours(1)), Duration.ofHours(1), NOON.minusSeconds(1));
        add("inside", BookingStatus.CONFIRMED, NOON.plus(Duration.ofHours(2)), Duration.ofHours(1));
        add("cancelled", BookingStatus.CONFIRMED, NOON.plus(Duration.ofHours(1)), Duration.ofHours(1));
        db.inTransaction(em -> em.find(Booking.class, "cancelled").moveTo(BookingStatus.CANCELLED));
        add("after", BookingStatus.REQUESTED, NOON.plus(Duration.ofHours(3)), Duration.ofHours(1));

        List<Booking> holding = new JpaBookingRepository(db.entityManager())
                .holdingForMember("m1", NOON, NOON.plus(Duration.ofHours(3)));

        assertEquals(List.of("lapsed", "inside"), holding.stream().map(Booking::id).toList());
    }

    @Test
    void expiredRequestsAreTheRequestsLeftUnansweredPastTheirExpiry() {
        add("lapsed", BookingStatus.REQUESTED, NOON.plus(Duration.ofDays(3)), Duration.ofHours(1), NOON.minusSeconds(1));
        add("waiting", BookingStatus.REQUESTED, NOON.plus(Duration.ofDays(3)), Duration.ofHours(1), NOON.plusSeconds(1));
        add("confirmed", BookingStatus.CONFIRMED, NOON.plus(Duration.ofDays(4)), Duration.ofHours(1), NOON.minusSeconds(1));

        JpaBookingRepository bookings = new JpaBookingRepository(db.entityManager());

        assertEquals(List.of("lapsed"), bookings.expiredRequests("m1", NOON).stream().map(Booking::id).toList());
        assertEquals(List.of("m1"), bookings.membersWithExpiredRequests(NOON, 10));
    }

    private void add(String id, BookingStatus status, Instant start, Duration length) {
        add(id, status, start, length, NOON.plus(Duration.ofDays(1)));
    }

    private void add(String id, BookingStatus status, Instant start, Duration length, Instant expiresAt) {
        db.inTransaction(em -> new JpaBookingRepository(em).add(new Booking(id, "l1", "m1", "c1", null, status, start,
                length, Money.gbp(3000), "[]", "{}", new Address("1 High Street", null, "Orpington", "BR6 0AA"), null,
                Fixtures.T0, expiresAt)));
    }
}
