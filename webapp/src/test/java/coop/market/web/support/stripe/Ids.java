package coop.market.web.support.stripe;

import java.util.concurrent.ThreadLocalRandom;

/** Makes identifiers shaped like Stripe's: a prefix naming the kind, then random letters and digits. */
final class Ids {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private Ids() {
    }

    /** For example {@code next("pi")} gives {@code pi_} and 24 random characters. */
    static String next(String prefix) {
        return prefix + "_" + random(24);
    }

    static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
