package coop.market.application;

import coop.market.domain.coop.Cooperative;
import coop.market.domain.coop.InvoicingTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How invoices are numbered, when they fall due and whether they carry VAT: the co-op's invoicing terms as
 * set on the settings page; until then the installation's: the number prefix ({@code INVOICE_PREFIX}; by
 * default the initials of the co-op's name, e.g. BME for Bromley Micro Enterprises), the payment terms
 * ({@code PAYMENT_TERMS_DAYS}, default 14) and no VAT.
 */
@ApplicationScoped
public class InvoicingPolicies {

    static final int DEFAULT_PAYMENT_DAYS = 14;

    private final String prefix;
    private final int paymentDays;

    @Inject
    CooperativeService cooperative;

    public InvoicingPolicies() {
        this(Settings.fromEnvironment());
    }

    InvoicingPolicies(Settings settings) {
        prefix = settings.get("INVOICE_PREFIX").map(String::strip).filter(text -> text.matches("[A-Za-z0-9]{1,10}"))
                .map(text -> text.toUpperCase(Locale.ROOT)).orElse(null);
        paymentDays = settings.get("PAYMENT_TERMS_DAYS").map(Integer::parseInt).orElse(DEFAULT_PAYMENT_DAYS);
        if (paymentDays < 0 || paymentDays > 120) {
            throw new IllegalArgumentException("PAYMENT_TERMS_DAYS must be 0 to 120, not " + paymentDays);
        }
    }

    /** The terms staff set on the settings page, or the installation's (no VAT) while they have set none. */
    public InvoicingTerms terms() {
        return cooperative.current().flatMap(Cooperative::invoicingTerms).orElseGet(this::installationDefaults);
    }

    public InvoicingTerms installationDefaults() {
        return new InvoicingTerms(prefix != null ? prefix : initials(cooperative.contact().coopName()), paymentDays,
                null, null);
    }

    public String prefix() {
        return terms().prefix();
    }

    /**
     * The first letters of a name's first three words, e.g. "Bromley Micro Enterprises CIC" gives BME; accents
     * dropped (Élan gives E), and INV when nothing is left that can go in a number.
     */
    static String initials(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String letters = Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).limit(3)
                .map(word -> word.substring(0, 1)).collect(Collectors.joining()).toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]", "");
        return letters.isEmpty() ? "INV" : letters;
    }
}
