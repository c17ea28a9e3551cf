package coop.market.application;

/**
 * A customer's details as staff correct them: everything the customer gave at sign-up but their password, and
 * whether their organisation is invoiced on terms.
 *
 * @param organisation    the organisation's name, or null (or blank) for a household
 * @param invoiceApproved whether the organisation may be invoiced rather than pay first; null leaves it as it is
 */
public record CustomerChange(String name, String email, String addressLine1, String addressLine2, String town,
        String postcode, String organisation, Boolean invoiceApproved) {
}
