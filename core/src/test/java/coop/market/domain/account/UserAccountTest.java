package coop.market.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final String HASH = "pbkdf2-sha256$1000$salt$hash";

    @Test
    void normalisesTheEmailToLowerCaseWithoutSpaces() {
        UserAccount account = new UserAccount("a1", "  Ann.Smith@Example.ORG ", HASH, Set.of(Role.STAFF), null, null,
                NOW);
        assertEquals("ann.smith@example.org", account.email());
        assertEquals("ann.smith@example.org", UserAccount.normaliseEmail("ANN.SMITH@example.org"));
    }

    @Test
    void aNewAccountIsEnabledWithItsRoles() {
        UserAccount account = new UserAccount("a1", "ann@example.org", HASH, Set.of(Role.ADMIN, Role.STAFF), null, null,
                NOW);
        assertTrue(account.enabled());
        assertEquals(Set.of(Role.ADMIN, Role.STAFF), account.roles());
        assertEquals(HASH, account.passwordHash());
        assertEquals(Optional.empty(), account.memberId());
        assertEquals(Optional.empty(), account.customerId());
        assertThrows(UnsupportedOperationException.class, () -> account.roles().add(Role.MEMBER));
    }

    @Test
    void aMemberAccountNamesItsMember() {
        UserAccount account = new UserAccount("a1", "m@example.org", HASH, Set.of(Role.MEMBER), "m1", null, NOW);
        assertEquals(Optional.of("m1"), account.memberId());
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("a1", "m@example.org", HASH, Set.of(Role.MEMBER), null, null, NOW));
    }

    @Test
    void onlyAMemberAccountMayNameAMember() {
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("a1", "s@example.org", HASH, Set.of(Role.STAFF), "m1", null, NOW));
    }

    @Test
    void aCustomerAccountNamesItsCustomerAndOnlyIt() {
        UserAccount account = new UserAccount("a1", "c@example.org", HASH, Set.of(Role.CUSTOMER), null, "c1", NOW);
        assertEquals(Optional.of("c1"), account.customerId());
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("a1", "c@example.org", HASH, Set.of(Role.CUSTOMER), null, null, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("a1", "s@example.org", HASH, Set.of(Role.STAFF), null, "c1", NOW));
    }

    @Test
    void needsAtLeastOneRole() {
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("a1", "ann@example.org", HASH, Set.of(), null, null, NOW));
    }

    @Test
    void needsIdEmailHashAndCreationTime() {
        assertThrows(NullPointerException.class,
                () -> new UserAccount(null, "ann@example.org", HASH, Set.of(Role.STAFF), null, null, NOW));
        assertThrows(NullPointerException.class,
                () -> new UserAccount("a1", null, HASH, Set.of(Role.STAFF), null, null, NOW));
        assertThrows(NullPointerException.class,
                () -> new UserAccount("a1", "ann@example.org", null, Set.of(Role.STAFF), null, null, NOW));
        assertThrows(NullPointerException.class,
                () -> new UserAccount("a1", "ann@example.org", HASH, Set.of(Role.STAFF), null, null, null));
    }

    @Test
    void anActorSpeaksForTheAccount() {
        UserAccount account = new UserAccount("a1", "M@example.org", HASH, Set.of(Role.MEMBER), "m1", null, NOW);
        Actor actor = Actor.of(account);
        assertEquals("a1", actor.accountId());
        assertEquals("m@example.org", actor.email());
        assertEquals(Optional.of("m1"), actor.member());
        assertTrue(actor.has(Role.MEMBER));
        assertEquals(false, actor.isStaff());
    }
}
