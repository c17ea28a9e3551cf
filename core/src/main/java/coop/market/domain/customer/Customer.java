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
        this.name = Objects.requireNonNull(name);
        this.email = Objects.requireNonNull(email);
        this.address = Objects.requireNonNull(address);
        this.organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        this.kind = this.organisation == null ? CustomerKind.HOUSEHOLD : CustomerKind.ORGANISATION;
        this.createdAt = Objects.requireNonNull(createdAt);
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
