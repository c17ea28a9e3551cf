package coop.market.infrastructure.persistence;

import static coop.market.infrastructure.persistence.Fixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.customer.Customer;
import coop.market.domain.earnings.AdminHours;
import coop.market.domain.earnings.BenefitPeriod;
import coop.market.domain.earnings.BenefitRate;
import coop.market.domain.earnings.EarningsLimit;
import coop.market.domain.earnings.Expense;
import coop.market.domain.earnings.ExpenseCategory;
import coop.market.domain.earnings.LimitKind;
import coop.market.domain.earnings.PeriodActivity;
import coop.market.domain.earnings.PeriodLength;
import coop.market.domain.earnings.PeriodPattern;
import coop.market.domain.shared.Address;
import coop.market.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The earnings tables of V21 and the period sums, on H2 (and PostgreSQL with TEST_DB=postgresql). */
@Tag("database")
class JpaEarningsRecordsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final BenefitPeriod WEEK = new BenefitPeriod(LocalDate.parse("2027-05-10"),
            LocalDate.parse("2027-05-16"));

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @BeforeEach
    void addMemberCustomerAndListing() {
        db.inTransaction(em -> {
            new JpaMemberRepository(em).add(member("m1", "Grace Adeyemi", Set.of("cleaning"), Set.of("BR7")));
            new JpaMemberRepository(em).add(member("m2", "Tom Fletcher", Set.of("cleaning"), Set.of("BR7")));
            new JpaCustomerRepository(em).add(new Customer("c1", "Sam Patel", "sam@example.org",
                    new Address("1 High Street", null, "Orpington", "BR6 0AA"), null, Fixtures.T0));
            new JpaListingRepository(em).add(Fixtures.service("l1", "m1", "cleaning", "Cleaning", "Homes", Fixtures.T0));
        });
    }

    @Test
    void theRateTableIsSeededWithTwoYearsOfFigures() {
        var rates = new JpaEarningsRecords(db.entityManager()).rates();
        assertEquals(Money.gbp(18350), rates.inForce("ESA_HIGHER", LocalDate.parse("2025-04-05")).orElseThrow().money());
        assertEquals(Money.gbp(19550), rates.inForce("ESA_HIGHER", LocalDate.parse("2025-04-06")).orElseThrow().money());
        assertEquals(Money.gbp(2000), rates.inForce("ESA_LOWER", LocalDate.parse("2026-01-01")).orElseThrow().money());
        assertEquals(960, rates.inForce("ESA_HOURS", LocalDate.parse("2026-01-01")).orElseThrow().minutes());
    }

    @Test
    void aPeriodsActivityCountsCompletedAndConfirmedWorkStartingInItExpensesAndAdmin() {
        Instant monday = WEEK.start().atStartOfDay(LONDON).toInstant();
        Instant nextMonday = WEEK.next().atStartOfDay(LONDON).toInstant();
        book("done", BookingStatus.COMPLETED, monday.plus(Duration.ofHours(9)), 3000, 60);
        book("confirmed", BookingStatus.CONFIRMED, monday.plus(Duration.ofDays(2)), 4500, 90);
        book("requested", BookingStatus.REQUESTED, monday.plus(Duration.ofDays(3)), 9900, 60);
        book("before", BookingStatus.COMPLETED, monday.minusSeconds(3600), 9900, 60);
        book("after", BookingStatus.CONFIRMED, nextMonday, 9900, 60);
        Instant now = Fixtures.T0;
        db.inTransaction(em -> {
            JpaEarningsRecords records = new JpaEarningsRecords(em);
            records.add(new Expense("x1", "m1", WEEK.end(), ExpenseCategory.TRAVEL, Money.gbp(250), "Bus", now, "s"));
            records.add(new Expense("x2", "m1", WEEK.next(), ExpenseCategory.TRAVEL, Money.gbp(999), "Bus", now, "s"));
            records.add(new Expense("x3", "m2", WEEK.start(), ExpenseCategory.TRAVEL, Money.gbp(999), "Bus", now, "s"));
            records.add(new AdminHours("a1", "m1", WEEK.start(), 45, null, now, "s"));
            records.add(new AdminHours("a2", "m1", WEEK.end().plusDays(1), 999, null, now, "s"));
        });

        BenefitPeriod nextWeek = new BenefitPeriod(WEEK.next(), WEEK.next().plusDays(6));
        JpaEarningsRecords records = new JpaEarningsRecords(db.entityManager());

        assertEquals(List.of(new PeriodActivity(Money.gbp(3000), Money.gbp(4500), Money.gbp(250), 150, 45),
                new PeriodActivity(Money.gbp(0), Money.gbp(9900), Money.gbp(999), 60, 999)),
                records.activities("m1", List.of(WEEK, nextWeek), LONDON, Money.GBP), "two weeks read at once");
        assertEquals(List.of(new PeriodActivity(Money.gbp(3000), Money.gbp(4500), Money.gbp(250), 150, 45)),
                records.activities("m1", List.of(WEEK), LONDON, Money.GBP));
        assertEquals(List.of(new PeriodActivity(Money.gbp(0), Money.gbp(0), Money.gbp(999), 0, 0)),
                records.activities("m2", List.of(WEEK), LONDON, Money.GBP), "another member's expenses only");
        assertEquals(List.of("x3", "x1"), records.expenses(WEEK.start(), WEEK.end()).stream().map(Expense::id)
                .toList(), "every member's expenses in the days, by date");
        assertEquals(List.of("x1"), records.expenses("m1", WEEK.start(), WEEK.end()).stream().map(Expense::id)
                .toList(), "the member's own");
    }

    @Test
    void limitsAreKeptWithTheirPeriodsAndMembersWithLimitsAreListed() {
        db.inTransaction(em -> new JpaEarningsRecords(em).add(new EarningsLimit("l1", "m1", LimitKind.UC_ASSESSMENT,
                Money.gbp(50000), Money.GBP, new PeriodPattern(PeriodLength.MONTH, LocalDate.parse("2027-01-17")),
                LocalDate.parse("2027-01-17"), Fixtures.T0, "staff@example.org")));
        db.inTransaction(em -> new JpaEarningsRecords(em).add(new EarningsLimit("l2", "m1",
                LimitKind.ESA_PERMITTED_WORK, null, Money.GBP, new PeriodPattern(PeriodLength.WEEK,
                LocalDate.parse("2027-05-10")), LocalDate.parse("2027-06-01"), Fixtures.T0, "staff@example.org")));
        JpaEarningsRecords records = new JpaEarningsRecords(db.entityManager());

        List<EarningsLimit> limits = records.limitsOf("m1");
        assertEquals(2, limits.size());
        EarningsLimit uc = limits.stream().filter(l -> l.id().equals("l1")).findFirst().orElseThrow();
        assertEquals(new PeriodPattern(PeriodLength.MONTH, LocalDate.parse("2027-01-17")), uc.pattern());
        assertEquals(Money.gbp(50000), uc.amount().orElseThrow());
        assertTrue(limits.stream().filter(l -> l.id().equals("l2")).findFirst().orElseThrow().amount().isEmpty());
        assertEquals(List.of("m1"), records.membersWithLimits());
    }

    @Test
    void staffAreWarnedOncePerMemberAndPeriod() {
        assertTrue(warnOnce("m1", WEEK.start()));
        assertFalse(warnOnce("m1", WEEK.start()));
        assertTrue(warnOnce("m1", WEEK.next()));
        assertTrue(warnOnce("m2", WEEK.start()));
    }

    private boolean warnOnce(String memberId, LocalDate periodStart) {
        boolean[] warned = new boolean[1];
        db.inTransaction(em -> warned[0] = new JpaEarningsRecords(em).warnOnce(memberId, periodStart, Fixtures.T0));
        return warned[0];
    }

    @Test
    void aFigureIsOncePerNameAndDay() {
        db.inTransaction(em -> new JpaEarningsRecords(em).add(new BenefitRate("r1", "ESA_HIGHER",
                LocalDate.parse("2027-04-06"), 20350, "GBP", Fixtures.T0, "staff@example.org")));
        Constraints.assertRefusedWith(Constraints.UNIQUE_VIOLATION, () -> db.inTransaction(em -> new JpaEarningsRecords(em).add(new BenefitRate("r2",
                "ESA_HIGHER", LocalDate.parse("2027-04-06"), 1, "GBP", Fixtures.T0, "staff@example.org"))));
    }

    private void book(String id, BookingStatus status, Instant start, long pence, int minutes) {
        db.inTransaction(em -> {
            BookingStatus initial = status == BookingStatus.REQUESTED ? status : BookingStatus.CONFIRMED;
            Booking booking = new Booking(id, "l1", "m1", "c1", null, initial, start, Duration.ofMinutes(minutes),
                    Money.gbp(pence), "[]", "{}", new Address("1 High Street", null, "Orpington", "BR6 0AA"), null,
                    Fixtures.T0, start);
            if (status == BookingStatus.COMPLETED) {
                booking.moveTo(BookingStatus.COMPLETED);
            }
            new JpaBookingRepository(em).add(booking);
        });
    }
}
