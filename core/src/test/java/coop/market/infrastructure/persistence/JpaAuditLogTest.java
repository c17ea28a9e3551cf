package coop.market.infrastructure.persistence;

import static coop.market.infrastructure.persistence.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.market.domain.audit.AuditEntry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("database")
class JpaAuditLogTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @BeforeEach
    void addMembers() {
        db.inTransaction(em -> {
            new JpaMemberRepository(em).add(Fixtures.member("m1", "Daniel Hughes", Set.of("cleaning"), Set.of()));
            new JpaMemberRepository(em).add(Fixtures.member("m2", "Grace Adeyemi", Set.of("cleaning"), Set.of()));
        });
    }

    @Test
    void storesAndReloadsAnEntryExactly() {
        AuditEntry written = new AuditEntry("e1", at(0), "acct-1", "staff@demo.coop", "m1", "listing.created",
                "Home cleaning");
        db.inTransaction(em -> new JpaAuditLog(em).record(written));

        AuditEntry read = new JpaAuditLog(db.entityManager()).forMember("m1", 10).get(0);

        assertEquals("e1", read.id());
        assertEquals(written.occurredAt(), read.occurredAt());
        assertEquals("acct-1", read.actorAccountId());
        assertEquals("staff@demo.coop", read.actorEmail());
        assertEquals("m1", read.memberId());
        assertEquals("listing.created", read.action());
        assertEquals("Home cleaning", read.detail());
    }

    @Test
    void theSystemMayActWithoutAnAccountOrDetail() {
        db.inTransaction(em -> new JpaAuditLog(em).record(new AuditEntry("e1", at(0), null, "system", "m1",
                "member.registered", null)));

        AuditEntry read = new JpaAuditLog(db.entityManager()).forMember("m1", 10).get(0);

        assertEquals(null, read.actorAccountId());
        assertEquals(null, read.detail());
    }

    @Test
    void listsOneMembersEntriesNewestFirstUpToTheLimit() {
        db.inTransaction(em -> {
            JpaAuditLog log = new JpaAuditLog(em);
            log.record(new AuditEntry("e1", at(1), null, "system", "m1", "a", null));
            log.record(new AuditEntry("e3", at(3), null, "system", "m1", "c", null));
            log.record(new AuditEntry("e2", at(2), null, "system", "m1", "b", null));
            log.record(new AuditEntry("e4", at(4), null, "system", "m2", "other member", null));
        });
        JpaAuditLog log = new JpaAuditLog(db.entityManager());

        assertEquals(List.of("e3", "e2", "e1"), log.forMember("m1", 10).stream().map(AuditEntry::id).toList());
        assertEquals(List.of("e3", "e2"), log.forMember("m1", 2).stream().map(AuditEntry::id).toList());
        assertEquals(List.of("e4"), log.forMember("m2", 10).stream().map(AuditEntry::id).toList());
        assertEquals(List.of(), log.forMember("m3", 10));
    }

    @Test
    void entriesAtTheSameMomentComeInIdOrder() {
        db.inTransaction(em -> {
            JpaAuditLog log = new JpaAuditLog(em);
            log.record(new AuditEntry("b", at(1), null, "system", "m1", "x", null));
            log.record(new AuditEntry("a", at(1), null, "system", "m1", "x", null));
        });
        assertEquals(List.of("a", "b"),
                new JpaAuditLog(db.entityManager()).forMember("m1", 10).stream().map(AuditEntry::id).toList());
    }
}
