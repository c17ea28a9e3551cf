package coop.market.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A UK postal address: where work is done or an invoice is sent. */
@Embeddable
public class Address {

    @Column(name = "address_line1")
    private String line1;

    @Column(name = "address_line2")
    private String line2;

    @Column(name = "address_town")
    private String town;

    @Column(name = "address_postcode")
    private String postcode;

    protected Address() {
    }

    public Address(String line1, String line2, String town, String postcode) {
        this.line1 = Objects.requireNonNull(line1, "line1");
        this.line2 = line2;
        this.town = Objects.requireNonNull(town, "town");
        this.postcode = Postcode.normaliseFull(postcode)
                .orElseThrow(() -> new IllegalArgumentException("Not a UK postcode: " + postcode));
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String town() {
        return town;
    }

    public String postcode() {
        return postcode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address other && Objects.equals(line1, other.line1) && Objects.equals(line2, other.line2)
                && Objects.equals(town, other.town) && Objects.equals(postcode, other.postcode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line1, line2, town, postcode);
    }
}
