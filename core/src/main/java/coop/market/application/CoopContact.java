package coop.market.application;

/**
 * Who to contact about anything: the co-op's name, e-mail and phone, shown at the end of every
 * e-mail and at the foot of every page.
 *
 * @param phone may be null
 */
public record CoopContact(String coopName, String email, String phone) {

    /** Before the co-op is set up. */
    static final CoopContact UNKNOWN = new CoopContact("Co-op Market", "the co-op", null);

    /** The easy-read help line that ends every e-mail to a member: "Need help? Email ... or call ...". */
    public String easyReadHelp() {
        return "Need help? Email " + email + (phone == null || phone.isBlank() ? "" : " or call " + phone) + ".";
    }

    /** The phone number as a {@code tel:} address: digits and a leading plus only. */
    public String phoneLink() {
        return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
    }
}
