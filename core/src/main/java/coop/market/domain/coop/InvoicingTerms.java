package coop.market.domain.coop;

import coop.market.domain.invoicing.VatRate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The co-op's terms for invoices: the prefix of their numbers, how many days customers have to pay, and, if the
 * co-op is VAT registered, its VAT number and the rate it charges.
 *
 * @param prefix      letters and digits before each number, e.g. BME in BME-2027-00042 (1 to 10)
 * @param paymentDays days from issue to due date (0 to {@link #LONGEST_DAYS})
 * @param vatNumber   a UK VAT number such as GB123456789, or null when not VAT registered
 * @param vatRate     the rate charged on each line; null exactly when there is no VAT number
 */
public record InvoicingTerms(String prefix, int paymentDays, String vatNumber, VatRate vatRate) {

    public static final int LONGEST_DAYS = 120;

    public InvoicingTerms {
        Objects.requireNonNull(prefix);
        if (!validPrefix(prefix)) {
            throw new IllegalArgumentException("An invoice prefix is 1 to 10 capital letters and digits: " + prefix);
        }
        if (paymentDays < 0 || paymentDays > LONGEST_DAYS) {
            throw new IllegalArgumentException("Payment terms are 0 to " + LONGEST_DAYS + " days, not " + paymentDays);
        }
        if ((vatNumber == null) != (vatRate == null)) {
            throw new IllegalArgumentException("A VAT rate goes with a VAT number, and only with one");
        }
        if (vatNumber != null && !validVatNumber(vatNumber)) {
            throw new IllegalArgumentException("Not a UK VAT number: " + vatNumber);
        }
    }

    public static boolean validPrefix(String text) {
        return text.matches("[A-Z0-9]{1,10}");
    }

    /** GB and 9 digits (12 for a branch of a group), as written on HMRC's certificate; spaces are taken out first. */
    public static boolean validVatNumber(String text) {
        return normalVatNumber(text).matches("GB(\\d{9}|\\d{12})");
    }

    public static String normalVatNumber(String text) {
        return text.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    public Optional<VatRate> vat() {
        return Optional.ofNullable(vatRate);
    }
}
