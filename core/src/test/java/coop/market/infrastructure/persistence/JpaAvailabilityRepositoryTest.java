package coop.market.infrastructure.persistence;

import static coop.market.infrastructure.persistence.Fixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.availability.Absence;
import coop.market.domain.availability.Availability;
import coop.market.domain.availability.WeeklyWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("database")
class JpaAvailabilityRepositoryTest {

    private static final List<WeeklyWindow> WINDOWS = List.of(
            new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)),
            new WeeklyWindow(DayOfWeek.THURSDAY, LocalTime.of(10, 0), LocalTime.of(14, 30)));
    private static final List<Absence> ABSENCES = List.of(
            new Absence(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 9), "Holiday"),
            new Absence(LocalDate.of(2027, 6, 7), LocalDate.of(2027, 6, 7), "Hospital appointment"));

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @BeforeEach
    void addMember() {
        db.inTransaction(em -> new JpaMemberRepository(em).add(member("m1", "Grace Adeyemi", Set.of("cleaning"),
                Set.of("BR7"))));
    }

    @Test
    void readsBackEveryWindowAndAbsenceOnceWithTheSettings() {
        db.inTransaction(em -> {
            Availability availability = Availability.none("m1");
            availability.change(WINDOWS, ABSENCES, Duration.ofMinutes(30), Duration.ofHours(6), Duration.ofHours(16),
                    12);
            new JpaAvailabilityRepository(em).save(availability);
        });

        Availability read = new JpaAvailabilityRepository(db.entityManager()).read("m1").orElseThrow();

        assertEquals(WINDOWS, read.windows());
        assertEquals(ABSENCES, read.absences());
        assertEquals(Duration.ofMinutes(30), read.travelBuffer());
        assertEquals(Duration.ofHours(6), read.maxPerDay());
        assertEquals(12, read.horizonWeeks());
    }

    @Test
    void aMemberWithoutWindowsOrAbsencesStillHasTheirSettings() {
        db.inTransaction(em -> new JpaAvailabilityRepository(em).save(Availability.none("m1")));

        Availability read = new JpaAvailabilityRepository(db.entityManager()).read("m1").orElseThrow();

        assertTrue(read.windows().isEmpty());
        assertTrue(read.absences().isEmpty());
        assertEquals(Availability.DEFAULT_HORIZON_WEEKS, read.horizonWeeks());
    }

    @Test
    void nobodysAvailabilityIsEmpty() {
        JpaAvailabilityRepository availabilities = new JpaAvailabilityRepository(db.entityManager());

        assertTrue(availabilities.find("someone-else").isEmpty());
        assertTrue(availabilities.find(null).isEmpty());
        assertTrue(availabilities.read("someone-else").isEmpty());
        assertTrue(availabilities.read(null).isEmpty());
    }

    @Test
    void readingLeavesTheTransactionFreeToQueryAndChangeOtherThings() {
        db.inTransaction(em -> {
            Availability availability = Availability.none("m1");
            availability.change(WINDOWS, ABSENCES, Duration.ZERO, null, null, 26);
            new JpaAvailabilityRepository(em).save(availability);
        });

        db.inTransaction(em -> {
            JpaAvailabilityRepository availabilities = new JpaAvailabilityRepository(em);
            availabilities.read("m1").orElseThrow().addAbsence(
                    new Absence(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 2), "Not saved"));
            // A query flushes the transaction's changes first: what was read must not trip it up.
            assertEquals("Grace Adeyemi", new JpaMemberRepository(em).displayName("m1").orElseThrow());
            Availability changed = availabilities.find("m1").orElseThrow();
            changed.addAbsence(new Absence(LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 1), "Saved"));
            availabilities.save(changed);
        });

        List<String> reasons = new JpaAvailabilityRepository(db.entityManager()).read("m1").orElseThrow().absences()
                .stream().map(Absence::reason).toList();
        assertEquals(List.of("Holiday", "Hospital appointment", "Saved"), reasons);
    }
}
