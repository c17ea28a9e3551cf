package coop.market.web.faces;

import coop.market.application.NewBooking;
import coop.market.domain.shared.Address;
import coop.market.domain.shared.FieldError;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The four address fields a form asks for (line 1, line 2, town, postcode) as typed, so every form that asks for an
 * address holds them the same way; the pages bind {@code #{view.address.line1}} and so on.
 */
public class AddressFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String line1;
    private String line2;
    private String town;
    private String postcode;

    /** Fills the fields from an address on record (the customer's own, the co-op's). */
    public void fill(Address address) {
        line1 = address.line1();
        line2 = address.line2();
        town = address.town();
        postcode = address.postcode();
    }

    public void fill(NewBooking.Place place) {
        line1 = place.line1();
        line2 = place.line2();
        town = place.town();
        postcode = place.postcode();
    }

    /** The address as a booking or an order takes it, trimmed, an empty line 2 left out. */
    public NewBooking.Place toPlace() {
        return new NewBooking.Place(strip(line1), line2 == null || line2.isBlank() ? null : line2.strip(),
                strip(town), strip(postcode));
    }

    /** "8 Oak Avenue, Orpington, BR5 1AA": the parts given, in order. */
    public String words() {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {line1, line2, town, postcode}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return String.join(", ", parts);
    }

    /** The services name an address's problems "address.line1" and so on; the pages' inputs are "line1". */
    static FieldError onThePage(FieldError error) {
        return error.field().startsWith("address.")
                ? new FieldError(error.field().substring("address.".length()), error.message()) : error;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }
}
