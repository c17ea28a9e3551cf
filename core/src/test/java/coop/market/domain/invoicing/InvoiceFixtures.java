package coop.market.domain.invoicing;

import coop.market.domain.shared.Address;

/** What tests' invoices are made out to. */
public final class InvoiceFixtures {

    /** A household customer, as an invoice keeps them. */
    public static final BilledTo BILLED = new BilledTo("Margaret Ellis", null, "margaret@example.org",
            new Address("27 Chipperfield Road", null, "Orpington", "BR5 2QA"));

    private InvoiceFixtures() {
    }
}
