package coop.market.infrastructure.persistence;

import static coop.market.infrastructure.persistence.Fixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.account.Role;
import coop.market.domain.account.UserAccount;
import coop.market.domain.support.Supporter;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("database")
class JpaSupportersTest {

    private static final String HASH = "pbkdf2$310000$c2FsdA$aGFzaA";

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @BeforeEach
    void membersAndAccounts() {
        db.inTransaction(em -> {
            new JpaMemberRepository(em).add(member("m1", "Daniel Hughes", Set.of("cleaning"), Set.of("BR5")));
            new JpaMemberRepository(em).add(member("m2", "Grace Adeyemi", Set.of("cleaning"), Set.of("BR5")));
            new JpaUserAccountRepository(em).add(new UserAccount("mum", "jean@example.org", HASH,
                    Set.of(Role.SUPPORTER), null, null, Fixtures.T0));
        });
    }

    @Test
    void aCircleListsItsCurrentSupportersAndForgetsNoneWhenOneEnds() {
        db.inTransaction(em -> {
            JpaSupporters supporters = new JpaSupporters(em);
            supporters.add(new Supporter("s1", "m1", "mum", "My mum", true, Fixtures.T0));
            supporters.add(new Supporter("s2", "m2", "mum", "Neighbour", false, Fixtures.at(5)));
        });
        JpaSupporters supporters = new JpaSupporters(db.entityManager());
        assertEquals("My mum", supporters.activeForMember("m1").get(0).relationship());
        assertEquals(2, supporters.activeForAccount("mum").size());

        db.inTransaction(em -> new JpaSupporters(em).find("s2").orElseThrow().end(Fixtures.at(10)));
        JpaSupporters after = new JpaSupporters(db.entityManager());
        assertTrue(after.activeForMember("m2").isEmpty());
        assertEquals("s1", after.activeForAccount("mum").get(0).id());
        assertTrue(after.find("s2").isPresent(), "ended, not deleted: the audit log still refers to it");
    }

    @Test
    void anAccountCanBecomeASupporterButNotAMemberAfterwards() {
        UserAccount account = new UserAccount("c1", "pat@example.org", HASH, Set.of(Role.STAFF), null, null,
                Fixtures.T0);
        account.addRole(Role.SUPPORTER);
        assertEquals(Set.of(Role.STAFF, Role.SUPPORTER), account.roles());
        assertThrows(IllegalArgumentException.class, () -> account.addRole(Role.MEMBER));
    }
}
