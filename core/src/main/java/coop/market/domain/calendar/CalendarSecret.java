package coop.market.domain.calendar;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret in a member's calendar feed address: 32 random bytes, written in URL-safe base64
 * (43 characters, no padding). Anyone holding it can read the feed, so it is beyond guessing and
 * never logged. It is kept as it is ({@link CalendarLink}), because the member must be able to see
 * their address again, for instance to add it to another phone. That is a small risk: the address
 * opens only a read-only list of the member's job times and places, and replacing the secret
 * revokes the old address at once.
 */
public final class CalendarSecret {

    /** Random bytes in a secret: 256 bits, beyond guessing. */
    public static final int BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final String token;

    private CalendarSecret(String token) {
        this.token = token;
    }

    /** A new secret from a cryptographically strong source. */
    public static CalendarSecret generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new CalendarSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * The secret whose token this is, such as one kept in a {@link CalendarLink}.
     *
     * @throws IllegalArgumentException if the token is not {@link #wellFormed}
     */
    public static CalendarSecret of(String token) {
        if (!wellFormed(token)) {
            throw new IllegalArgumentException("A calendar secret is 43 characters of URL-safe base64");
        }
        return new CalendarSecret(token);
    }

    /** Whether the text could be a secret this class made; anything else can be refused unread. */
    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** The secret as it goes into the address, and as its link keeps it. Never log it. */
    public String token() {
        return token;
    }

    /** Kept out of logs and error messages by accident. */
    @Override
    public String toString() {
        return "CalendarSecret[hidden]";
    }
}
