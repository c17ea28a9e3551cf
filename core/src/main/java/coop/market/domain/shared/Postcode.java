package coop.market.domain.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode such as "BR5 3AB", and its outward code ("BR5"), which is what a member's
 * service area is made of.
 */
public final class Postcode {

    private static final Pattern FULL = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$");
    private static final Pattern OUTWARD = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?$");

    private Postcode() {
    }

    /** A full postcode tidied to upper case with one space, or empty if it is not one. */
    public static Optional<String> normaliseFull(String text) {
        String tidy = tidy(text);
        var matcher = FULL.matcher(tidy);
        return matcher.matches() ? Optional.of(matcher.group(1) + " " + matcher.group(2)) : Optional.empty();
    }

    /** The outward code of a full or outward-only postcode ("br5 3ab" and "BR5" both give "BR5"). */
    public static Optional<String> outwardCode(String text) {
        String tidy = tidy(text);
        var full = FULL.matcher(tidy);
        if (full.matches()) {
            return Optional.of(full.group(1));
        }
        return OUTWARD.matcher(tidy).matches() ? Optional.of(tidy) : Optional.empty();
    }

    private static String tidy(String text) {
        return text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
