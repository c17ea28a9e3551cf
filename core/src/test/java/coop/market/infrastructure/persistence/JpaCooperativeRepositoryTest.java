package coop.market.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.coop.Cooperative;
import coop.market.domain.shared.Address;
import coop.market.domain.shared.Money;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("database")
class JpaCooperativeRepositoryTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void thereIsNoCoopUntilOneIsSetUp() {
        assertTrue(new JpaCooperativeRepository(db.entityManager()).current().isEmpty());
    }

    @Test
    void storesAndReloadsTheCoop() {
        Address address = new Address("Unit 4, Cray Valley Workshops", null, "Orpington", "br5 2rb");
        db.inTransaction(em -> new JpaCooperativeRepository(em).add(new Cooperative("c1",
                "Bromley Micro Enterprises CIC", address, "Community Interest Company", "09876543", "hello@demo.coop",
                null)));

        Cooperative coop = new JpaCooperativeRepository(db.entityManager()).current().orElseThrow();

        assertEquals("c1", coop.id());
        assertEquals("Bromley Micro Enterprises CIC", coop.name());
        assertEquals(address, coop.address());
        assertEquals("BR5 2RB", coop.address().postcode());
        assertEquals(null, coop.address().line2());
        assertEquals("Community Interest Company", coop.legalForm());
        assertEquals("09876543", coop.companyNumber());
        assertEquals("hello@demo.coop", coop.contactEmail());
        assertEquals(null, coop.contactPhone());
        assertEquals(ZoneId.of("Europe/London"), coop.zone());
        assertEquals(Money.GBP, coop.currency());
    }
}
