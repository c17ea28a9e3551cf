package coop.market.infrastructure.persistence;

import static coop.market.infrastructure.persistence.Fixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.member.Member;
import coop.market.domain.member.MemberContact;
import coop.market.domain.member.MemberStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("database")
class JpaMemberRepositoryTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void storesAndReloadsAMemberWithTradesAndServiceArea() {
        Instant joined = Instant.parse("2025-11-02T16:45:07.654321Z");
        db.inTransaction(em -> new JpaMemberRepository(em).add(new Member("m1", "Daniel Hughes", "daniel@demo.coop",
                Set.of("gardening", "cleaning"), Set.of("BR6", "BR5", "BR1"), "I like making places tidy.", joined)));

        Member member = new JpaMemberRepository(db.entityManager()).find("m1").orElseThrow();

        assertEquals("Daniel Hughes", member.displayName());
        assertEquals("Daniel", member.firstName());
        assertEquals("daniel@demo.coop", member.email());
        assertEquals(Set.of("cleaning", "gardening"), member.trades());
        assertEquals(Set.of("BR1", "BR5", "BR6"), member.serviceArea());
        assertTrue(member.does("gardening"));
        assertEquals(MemberStatus.ACTIVE, member.status());
        assertEquals("I like making places tidy.", member.story());
        assertEquals(joined, member.createdAt());
    }

    @Test
    void aMemberMayHaveNoServiceAreaOrStory() {
        db.inTransaction(em -> new JpaMemberRepository(em).add(member("m1", "Paul Green", Set.of("crafts"), Set.of())));

        Member member = new JpaMemberRepository(db.entityManager()).find("m1").orElseThrow();

        assertEquals(Set.of(), member.serviceArea());
        assertEquals(null, member.story());
    }

    @Test
    void namesAndAddressesOfManyMembersComeInOneCallLeavingOutUnknownIds() {
        db.inTransaction(em -> {
            new JpaMemberRepository(em).add(member("m1", "Grace Adeyemi", Set.of("cleaning"), Set.of("BR7")));
            new JpaMemberRepository(em).add(member("m2", "Paul Green", Set.of("crafts"), Set.of()));
        });
        JpaMemberRepository members = new JpaMemberRepository(db.entityManager());

        assertEquals(Map.of("m1", new MemberContact("Grace Adeyemi", "m1@members.example.org"),
                "m2", new MemberContact("Paul Green", "m2@members.example.org")),
                members.contacts(List.of("m1", "m2", "nobody")));
        assertEquals(Map.of("m2", "Paul Green"), members.displayNames(List.of("m2")));
        assertEquals(Map.of("m1", "Grace Adeyemi", "m2", "Paul Green"), members.allNames());
        assertEquals(Map.of(), members.contacts(List.of()));
    }

    @Test
    void findsByEmailAndNothingForUnknownIds() {
        db.inTransaction(em -> new JpaMemberRepository(em).add(member("m1", "Grace Adeyemi", Set.of("cleaning"),
                Set.of("BR7"))));
        JpaMemberRepository members = new JpaMemberRepository(db.entityManager());

        assertEquals("m1", members.findByEmail("m1@members.example.org").orElseThrow().id());
        assertTrue(members.findByEmail("nobody@members.example.org").isEmpty());
        assertTrue(members.find("m2").isEmpty());
        assertTrue(members.find(null).isEmpty());
    }

    @Test
    void twoMembersCannotShareAnEmail() {
        db.inTransaction(em -> new JpaMemberRepository(em).add(new Member("m1", "Grace Adeyemi", "grace@demo.coop",
                Set.of("cleaning"), Set.of(), null, Fixtures.T0)));

        Constraints.assertRefusedWith(Constraints.UNIQUE_VIOLATION, () -> db.inTransaction(em ->
                new JpaMemberRepository(em).add(new Member("m2", "Grace Other", "grace@demo.coop", Set.of("cleaning"),
                        Set.of(), null, Fixtures.T0))));

        assertTrue(new JpaMemberRepository(db.entityManager()).find("m2").isEmpty());
    }

    @Test
    void listsMembersInNameOrderAPageAtATime() {
        db.inTransaction(em -> {
            JpaMemberRepository members = new JpaMemberRepository(em);
            members.add(member("m1", "Charlie Brown", Set.of("cleaning"), Set.of()));
            members.add(member("m2", "Alice Jones", Set.of("cleaning", "crafts"), Set.of("BR5", "BR6")));
            members.add(member("m3", "Bob Smith", Set.of("cleaning"), Set.of()));
        });
        JpaMemberRepository members = new JpaMemberRepository(db.entityManager());

        List<Member> page = members.list(0, 10);
        assertEquals(List.of("Alice Jones", "Bob Smith", "Charlie Brown"), page.stream().map(Member::displayName).toList());
        assertEquals(Set.of("cleaning", "crafts"), page.get(0).trades(), "trades read in a batch for the page");
        assertEquals(Set.of("BR5", "BR6"), page.get(0).serviceArea());
        assertEquals(Set.of(), page.get(2).serviceArea());
        assertEquals(3, members.count());
        assertEquals(List.of("Bob Smith"), members.list(1, 1).stream().map(Member::displayName).toList());
        assertEquals(List.of(), members.list(3, 10));
    }

    @Test
    void lockingForABookingFindsTheMemberOrSaysThereIsNone() {
        db.inTransaction(em -> new JpaMemberRepository(em).add(member("m1", "Daniel Hughes", Set.of("cleaning"),
                Set.of("BR5"))));
        db.inTransaction(em -> {
            JpaMemberRepository members = new JpaMemberRepository(em);
            assertEquals(Optional.of(new MemberContact("Daniel Hughes", "m1@members.example.org")),
                    members.lockForBooking("m1"));
            assertTrue(members.lockForBooking("nobody").isEmpty());
            assertTrue(members.lockForBooking(null).isEmpty());
            assertEquals("Daniel Hughes", members.displayName("m1").orElseThrow());
            assertTrue(members.displayName("nobody").isEmpty());
            assertEquals("Daniel", members.contact("m1").orElseThrow().firstName());
            assertTrue(members.contact("nobody").isEmpty());
        });
    }
}
