package coop.market.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.market.domain.audit.AuditEntry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Instants are stored as TIMESTAMP WITH TIME ZONE: they must come back exactly (to the
 * microsecond), and the database must hold the same moment, whatever the JVM's time zone.
 */
@Tag("database")
class InstantMappingTest {

    private static final List<Instant> MOMENTS = List.of(
            Instant.parse("2026-03-01T09:30:15.123456Z"),
            // 01:30 happens twice in London on 25 October 2026: once in BST, once in GMT.
            Instant.parse("2026-10-25T00:30:00.000001Z"),
            Instant.parse("2026-10-25T01:30:00.999999Z"),
            // The hour London skips in spring.
            Instant.parse("2026-03-29T01:15:00Z"),
            Instant.parse("1969-12-31T23:59:59.5Z"),
            Instant.parse("2999-12-31T23:59:59.999999Z"),
            Instant.now().truncatedTo(ChronoUnit.MICROS));

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @BeforeEach
    void addMember() {
        db.inTransaction(em -> new JpaMemberRepository(em).add(Fixtures.member("m1", "Daniel Hughes",
                Set.of("cleaning"), Set.of())));
    }

    @Test
    void instantsComeBackExactly() {
        record(MOMENTS);
        assertEquals(MOMENTS, readThroughJpa());
    }

    @Test
    void theDatabaseHoldsTheSameMoment() {
        record(MOMENTS);
        assertEquals(MOMENTS, readThroughJdbc());
    }

    @Test
    void aJvmTimeZoneFarFromUtcShiftsNothing() {
        // Surefire runs in UTC, which would hide a conversion through the JVM's zone.
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
            record(MOMENTS);
            assertEquals(MOMENTS, readThroughJpa());
            assertEquals(MOMENTS, readThroughJdbc());
        } finally {
            TimeZone.setDefault(original);
        }
        assertEquals(MOMENTS, readThroughJpa(), "read back in UTC what was written in Chatham");
    }

    private void record(List<Instant> moments) {
        db.inTransaction(em -> {
            JpaAuditLog log = new JpaAuditLog(em);
            for (int i = 0; i < moments.size(); i++) {
                log.record(new AuditEntry(String.format("e%02d", i), moments.get(i), null, "system", "m1", "test", null));
            }
        });
    }

    private List<Instant> readThroughJpa() {
        return db.entityManager().createQuery("select e from AuditEntry e order by e.id", AuditEntry.class)
                .getResultList().stream().map(AuditEntry::occurredAt).toList();
    }

    private List<Instant> readThroughJdbc() {
        return db.jdbc(connection -> {
            List<Instant> found = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT occurred_at FROM audit_entry ORDER BY id"); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1, OffsetDateTime.class).toInstant());
                }
            }
            return found;
        });
    }
}
