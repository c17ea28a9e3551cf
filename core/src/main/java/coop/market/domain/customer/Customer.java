package coop.market.domain.customer;

import coop.market.domain.shared.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** Someone who buys from the co-op's members and is invoiced by the co-op. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    private String id;

    private String name;

    private String email;

    @Embedded
    private Address address;

    private String organisation;

    @Enumerated(EnumType.STRING)
    private CustomerKind kind;

    /** Organisations the co-op has approved may order now and pay on invoice. */
    @Column(name = "invoice_approved")
    private boolean invoiceApproved;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Customer() {
    }

    /**
     * @param organisation the organisation's name, or null for a household
     */
    public Customer(String id, String name, String email, Address address, String organisation, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.createdAt = Objects.requireNonNull(createdAt);
        changeDetails(name, email, address, organisation, false);
    }

    /**
     * New details, as staff correct them. Invoices already issued keep the details they were made out to. Only an
     * organisation may be invoiced on terms, so a customer who is no longer one pays first again.
     *
     * @param organisation    the organisation's name, or null (or blank) for a household
     * @param invoiceApproved whether the organisation may be invoiced rather than pay at checkout
     * @throws IllegalArgumentException when a household is to be invoiced on terms
     */
    public void changeDetails(String name, String email, Address address, String organisation,
            boolean invoiceApproved) {
        String newOrganisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        if (invoiceApproved && newOrganisation == null) {
            throw new IllegalArgumentException("Only organisations can be approved to pay on invoice");
        }
        this.name = Objects.requireNonNull(name);
        this.email = Objects.requireNonNull(email);
        this.address = Objects.requireNonNull(address);
        this.organisation = newOrganisation;
        this.kind = newOrganisation == null ? CustomerKind.HOUSEHOLD : CustomerKind.ORGANISATION;
        this.invoiceApproved = invoiceApproved;
    }

    /** The co-op agrees this organisation may be invoiced rather than pay at checkout. */
    public void approveInvoicing() {
        if (kind != CustomerKind.ORGANISATION) {
            throw new IllegalStateException("Only organisations can be approved to pay on invoice");
        }
        this.invoiceApproved = true;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public Address address() {
        return address;
    }

    public String organisation() {
        return organisation;
    }

    public CustomerKind kind() {
        return kind;
    }

    public boolean invoiceApproved() {
        return invoiceApproved;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
