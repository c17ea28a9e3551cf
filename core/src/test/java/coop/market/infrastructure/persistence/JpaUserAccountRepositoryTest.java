package coop.market.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.account.Role;
import coop.market.domain.account.UserAccount;
import coop.market.domain.customer.Customer;
import coop.market.domain.shared.Address;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("database")
class JpaUserAccountRepositoryTest {

    private static final String HASH = "pbkdf2-sha256$1000$c2FsdA$aGFzaA";

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void storesAndReloadsAnAccountWithItsRoles() {
        Instant created = Instant.parse("2026-04-01T12:00:00.500001Z");
        db.inTransaction(em -> new JpaUserAccountRepository(em).add(new UserAccount("a1", "Admin@Demo.coop", HASH,
                Set.of(Role.ADMIN, Role.STAFF), null, null, created)));

        UserAccount account = new JpaUserAccountRepository(db.entityManager()).findByEmail("admin@demo.coop")
                .orElseThrow();

        assertEquals("a1", account.id());
        assertEquals("admin@demo.coop", account.email());
        assertEquals(HASH, account.passwordHash());
        assertEquals(Set.of(Role.ADMIN, Role.STAFF), account.roles());
        assertEquals(Optional.empty(), account.memberId());
        assertEquals(Optional.empty(), account.customerId());
        assertTrue(account.enabled());
        assertEquals(created, db.jdbc(c -> {
            try (var statement = c.prepareStatement("SELECT created_at FROM user_account WHERE id = 'a1'");
                    var rows = statement.executeQuery()) {
                rows.next();
                return rows.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        }));
    }

    @Test
    void memberAndCustomerAccountsPointAtWhomTheySpeakFor() {
        db.inTransaction(em -> {
            new JpaMemberRepository(em).add(Fixtures.member("m1", "Grace Adeyemi", Set.of("cleaning"), Set.of()));
            new JpaCustomerRepository(em).add(new Customer("c1", "Sam Patel", "sam@example.org",
                    new Address("12 Station Road", null, "Orpington", "BR6 0AA"), null, Fixtures.T0));
        });
        db.inTransaction(em -> {
            JpaUserAccountRepository accounts = new JpaUserAccountRepository(em);
            accounts.add(new UserAccount("a1", "grace@demo.coop", HASH, Set.of(Role.MEMBER), "m1", null, Fixtures.T0));
            accounts.add(new UserAccount("a2", "sam@example.org", HASH, Set.of(Role.CUSTOMER), null, "c1",
                    Fixtures.T0));
        });
        JpaUserAccountRepository accounts = new JpaUserAccountRepository(db.entityManager());

        UserAccount member = accounts.findByEmail("grace@demo.coop").orElseThrow();
        assertEquals(Set.of(Role.MEMBER), member.roles());
        assertEquals(Optional.of("m1"), member.memberId());
        UserAccount customer = accounts.findByEmail("sam@example.org").orElseThrow();
        assertEquals(Set.of(Role.CUSTOMER), customer.roles());
        assertEquals(Optional.of("c1"), customer.customerId());
    }

    @Test
    void aMemberAccountMustPointAtARealMember() {
        Constraints.assertRefusedWith(Constraints.FOREIGN_KEY_VIOLATION, () -> db.inTransaction(em ->
                new JpaUserAccountRepository(em).add(new UserAccount("a1", "ghost@demo.coop", HASH, Set.of(Role.MEMBER),
                        "no-such-member", null, Fixtures.T0))));
    }

    @Test
    void findsByEmailWhateverItsCaseOrSpaces() {
        db.inTransaction(em -> new JpaUserAccountRepository(em).add(new UserAccount("a1", "staff@demo.coop", HASH,
                Set.of(Role.STAFF), null, null, Fixtures.T0)));
        JpaUserAccountRepository accounts = new JpaUserAccountRepository(db.entityManager());

        assertEquals("a1", accounts.findByEmail("  STAFF@Demo.Coop ").orElseThrow().id());
        assertTrue(accounts.findByEmail("other@demo.coop").isEmpty());
    }

    @Test
    void twoAccountsCannotShareAnEmail() {
        db.inTransaction(em -> new JpaUserAccountRepository(em).add(new UserAccount("a1", "staff@demo.coop", HASH,
                Set.of(Role.STAFF), null, null, Fixtures.T0)));

        // Differently typed, but the same address once normalised.
        Constraints.assertRefusedWith(Constraints.UNIQUE_VIOLATION, () -> db.inTransaction(em ->
                new JpaUserAccountRepository(em).add(new UserAccount("a2", "Staff@Demo.coop", HASH, Set.of(Role.ADMIN),
                        null, null, Fixtures.T0))));

        assertEquals(Set.of(Role.STAFF),
                new JpaUserAccountRepository(db.entityManager()).findByEmail("staff@demo.coop").orElseThrow().roles());
    }
}
