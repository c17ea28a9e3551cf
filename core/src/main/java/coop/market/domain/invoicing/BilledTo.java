package coop.market.domain.invoicing;

import coop.market.domain.shared.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;

/**
 * Who an invoice is made out to, as they were when it was issued: their name, organisation, e-mail address and
 * address. Kept on the invoice, so changing a customer's details later never rewrites an invoice already issued.
 */
@Embeddable
public class BilledTo {

    @Column(name = "billed_name")
    private String name;

    @Column(name = "billed_organisation")
    private String organisation;

    @Column(name = "billed_email")
    private String email;

    @Column(name = "billed_address_line1")
    private String line1;

    @Column(name = "billed_address_line2")
    private String line2;

    @Column(name = "billed_address_town")
    private String town;

    @Column(name = "billed_address_postcode")
    private String postcode;

    protected BilledTo() {
    }

    /** @param organisation null for a household */
    public BilledTo(String name, String organisation, String email, Address address) {
        this.name = Objects.requireNonNull(name);
        this.organisation = organisation;
        this.email = Objects.requireNonNull(email);
        this.line1 = address.line1();
        this.line2 = address.line2();
        this.town = address.town();
        this.postcode = address.postcode();
    }

    public String name() {
        return name;
    }

    public Optional<String> organisation() {
        return Optional.ofNullable(organisation).filter(words -> !words.isBlank());
    }

    public String email() {
        return email;
    }

    public Address address() {
        return new Address(line1, line2, town, postcode);
    }
}
