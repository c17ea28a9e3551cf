package coop.market.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.customer.Customer;
import coop.market.domain.customer.CustomerKind;
import coop.market.domain.shared.Address;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("database")
class JpaCustomerRepositoryTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void storesAndReloadsAHouseholdWithItsAddress() {
        Instant joined = Instant.parse("2026-01-15T08:00:00.000001Z");
        Address address = new Address("12 Station Road", "Flat 2", "Orpington", "BR6 0AA");
        db.inTransaction(em -> new JpaCustomerRepository(em).add(
                new Customer("c1", "Sam Patel", "sam@example.org", address, "  ", joined)));

        Customer customer = new JpaCustomerRepository(db.entityManager()).find("c1").orElseThrow();

        assertEquals("Sam Patel", customer.name());
        assertEquals("sam@example.org", customer.email());
        assertEquals(address, customer.address());
        assertEquals("Flat 2", customer.address().line2());
        assertEquals(null, customer.organisation());
        assertEquals(CustomerKind.HOUSEHOLD, customer.kind());
        assertFalse(customer.invoiceApproved());
        assertEquals(joined, customer.createdAt());
        JpaCustomerRepository customers = new JpaCustomerRepository(db.entityManager());
        assertEquals("c1", customers.findByEmail("  Sam@Example.org ").orElseThrow().id());
        assertTrue(customers.findByEmail("someone@example.org").isEmpty());
        assertTrue(customers.findByEmail(null).isEmpty());
    }

    @Test
    void anOrganisationsApprovalToPayOnInvoiceIsStored() {
        db.inTransaction(em -> new JpaCustomerRepository(em).add(new Customer("c1", "Jo Lee", "jo@youth.example.org",
                new Address("1 High Street", null, "Bromley", "BR1 1AA"), "Bromley Youth Counselling", Fixtures.T0)));
        db.inTransaction(em -> new JpaCustomerRepository(em).find("c1").orElseThrow().approveInvoicing());

        Customer customer = new JpaCustomerRepository(db.entityManager()).find("c1").orElseThrow();

        assertEquals(CustomerKind.ORGANISATION, customer.kind());
        assertEquals("Bromley Youth Counselling", customer.organisation());
        assertTrue(customer.invoiceApproved());
        assertEquals(null, customer.address().line2());
    }

    @Test
    void findsNothingForUnknownIds() {
        JpaCustomerRepository customers = new JpaCustomerRepository(db.entityManager());
        assertTrue(customers.find("nobody").isEmpty());
        assertTrue(customers.find(null).isEmpty());
    }
}
