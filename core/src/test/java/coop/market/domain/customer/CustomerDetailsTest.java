package coop.market.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Address;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomerDetailsTest {

    private static final Address HOME = new Address("27 Chipperfield Road", null, "Orpington", "BR5 2QA");
    private static final Address CLUB = new Address("Unit 4, The Walnuts", "High Street", "Orpington", "br6 0tw");

    private static Customer margaret() {
        return new Customer("c1", "Margaret Ellis", "margaret@example.org", HOME, null,
                Instant.parse("2026-01-05T09:00:00Z"));
    }

    @Test
    void aHouseholdBecomesAnOrganisationApprovedToBeInvoicedOnTerms() {
        Customer customer = margaret();
        assertEquals(CustomerKind.HOUSEHOLD, customer.kind());

        customer.changeDetails("Margaret Ellis", "office@youthclub.example.org", CLUB, "  Orpington Youth Club ",
                true);

        assertEquals(CustomerKind.ORGANISATION, customer.kind());
        assertEquals("Orpington Youth Club", customer.organisation());
        assertEquals("office@youthclub.example.org", customer.email());
        assertEquals("BR6 0TW", customer.address().postcode());
        assertTrue(customer.invoiceApproved());
        assertEquals(Instant.parse("2026-01-05T09:00:00Z"), customer.createdAt(), "a customer since then still");
    }

    @Test
    void onlyAnOrganisationIsInvoicedOnTermsAndARefusedChangeChangesNothing() {
        Customer customer = margaret();

        assertThrows(IllegalArgumentException.class,
                () -> customer.changeDetails("Margaret Ellis", "margaret@example.org", CLUB, " ", true));

        assertEquals(HOME, customer.address());
        assertFalse(customer.invoiceApproved());
    }

    @Test
    void anOrganisationThatBecomesAHouseholdPaysFirstAgain() {
        Customer customer = new Customer("c2", "Sam Patel", "sam@example.org", CLUB, "Orpington Youth Club",
                Instant.parse("2026-01-05T09:00:00Z"));
        customer.approveInvoicing();

        customer.changeDetails("Sam Patel", "sam@example.org", HOME, null, false);

        assertEquals(CustomerKind.HOUSEHOLD, customer.kind());
        assertNull(customer.organisation());
        assertFalse(customer.invoiceApproved());
    }
}
