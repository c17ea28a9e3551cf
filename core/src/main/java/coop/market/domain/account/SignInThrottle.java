package coop.market.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} wrong passwords for one e-mail
 * address within {@link #WINDOW}, that address cannot sign in for {@link #LOCK} after the last
 * failure, not even with the right password. The right password before then clears the count.
 * Kept in memory, per server: with several servers a guesser gets this many tries on each.
 */
public final class SignInThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    /** Addresses tracked at most; past this the oldest information is dropped (a flood is not kept). */
    static final int MAX_TRACKED = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** When the address may try again, if it is locked out now. */
    public Optional<Instant> lockedUntil(String key, Instant now) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            prune(recent, now);
            if (recent.size() < MAX_FAILURES) {
                return Optional.empty();
            }
            Instant until = recent.peekLast().plus(LOCK);
            return until.isAfter(now) ? Optional.of(until) : Optional.empty();
        }
    }

    public void failed(String key, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.clear();
        }
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
            while (recent.size() > MAX_FAILURES) {
                recent.removeFirst();
            }
        }
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        // A lock outlives the window: keep the failures while they still lock the address.
        while (!recent.isEmpty() && recent.peekFirst().plus(WINDOW).plus(LOCK).isBefore(now)) {
            recent.removeFirst();
        }
    }
}
