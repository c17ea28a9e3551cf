package coop.market.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How invoices are numbered and when they fall due: the number prefix ({@code INVOICE_PREFIX}; by
 * default the initials of the co-op's name, e.g. BME for Bromley Micro Enterprises) and the payment
 * terms ({@code PAYMENT_TERMS_DAYS}, default 14).
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

    public String prefix() {
        return prefix != null ? prefix : initials(cooperative.contact().coopName());
    }

    public int paymentDays() {
        return paymentDays;
    }

    /** The first letters of a name's first three words, e.g. "Bromley Micro Enterprises CIC" gives BME. */
    static String initials(String name) {
        String letters = Arrays.stream(name.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).limit(3)
                .map(word -> word.substring(0, 1)).collect(Collectors.joining()).toUpperCase(Locale.ROOT);
        return letters.isEmpty() ? "INV" : letters;
    }
}
