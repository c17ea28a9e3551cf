package coop.market.application;

import coop.market.domain.shared.Address;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Postcode;

/** Checks an address as typed, so sign-up and booking ask for it the same way. */
public final class Addresses {

    private Addresses() {
    }

    /** The address, or null with every problem added to {@code errors} under {@code address.*}. */
    public static Address checked(String line1, String line2, String town, String postcode, FieldErrors errors) {
        boolean ok = errors.requireText("address.line1", line1, 200);
        ok &= errors.optionalText("address.line2", line2, 200);
        ok &= errors.requireText("address.town", town, 100);
        if (errors.requireText("address.postcode", postcode, 10)) {
            if (Postcode.normaliseFull(postcode).isEmpty()) {
                errors.add("address.postcode", "Enter a full postcode like BR5 3AB");
                ok = false;
            }
        } else {
            ok = false;
        }
        if (!ok) {
            return null;
        }
        return new Address(line1.strip(), line2 == null || line2.isBlank() ? null : line2.strip(), town.strip(),
                postcode);
    }
}
