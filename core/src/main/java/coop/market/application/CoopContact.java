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

    /** "Need help? Email ... or call ...": the last line of every easy-read email. */
    public String needHelp() {
        return "Need help? Email " + email + orCall() + ".";
    }

    /** "Questions? Write to ... or call ...": the sign-off of the co-op's ordinary emails. */
    public String questions() {
        return "Questions? Write to " + email + orCall() + ".";
    }

    private String orCall() {
        return phone == null || phone.isBlank() ? "" : " or call " + phone;
    }

    /** The phone number as a {@code tel:} address: digits and a leading plus only. */
    public String phoneLink() {
        return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
    }
}
