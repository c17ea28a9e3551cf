package coop.market.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.account.PasswordReset;
import coop.market.domain.account.Role;
import coop.market.domain.account.UserAccount;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("database")
class JpaPasswordResetsTest {

    private static final String HASH = "pbkdf2$310000$c2FsdA$aGFzaA";
    private static final String TOKEN_HASH = "a".repeat(64);

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @BeforeEach
    void account() {
        db.inTransaction(em -> new JpaUserAccountRepository(em).add(new UserAccount("a1", "pat@example.org", HASH,
                Set.of(Role.STAFF), null, null, Fixtures.T0)));
    }

    @Test
    void aLinkWorksOnceAndOnlyUntilItExpires() {
        db.inTransaction(em -> new JpaPasswordResets(em).add(new PasswordReset(TOKEN_HASH, "a1", Fixtures.T0)));

        db.inTransaction(em -> {
            PasswordReset reset = new JpaPasswordResets(em).lockByHash(TOKEN_HASH).orElseThrow();
            assertEquals("a1", reset.accountId());
            assertEquals(Fixtures.T0.plus(PasswordReset.LIFETIME), reset.expiresAt());
            assertTrue(reset.usableAt(Fixtures.at(59)));
            assertFalse(reset.usableAt(Fixtures.at(60)), "an hour later it is spent");
            reset.use(Fixtures.at(5));
        });
        db.inTransaction(em -> {
            PasswordReset reset = new JpaPasswordResets(em).lockByHash(TOKEN_HASH).orElseThrow();
            assertFalse(reset.usableAt(Fixtures.at(6)), "used once, never again");
            assertThrows(IllegalStateException.class, () -> reset.use(Fixtures.at(6)));
        });
        db.inTransaction(em -> assertTrue(new JpaPasswordResets(em).lockByHash("b".repeat(64)).isEmpty()));
    }

    @Test
    void aNewPasswordEndsEarlierSessions() {
        db.inTransaction(em -> new JpaUserAccountRepository(em).find("a1").orElseThrow()
                .changePassword("pbkdf2$310000$bmV3$bmV3", Fixtures.at(10)));
        UserAccount account = new JpaUserAccountRepository(db.entityManager()).find("a1").orElseThrow();
        assertEquals("pbkdf2$310000$bmV3$bmV3", account.passwordHash());
        assertEquals(Fixtures.at(10), account.sessionsValidFrom().orElseThrow());
    }
}
