package coop.market.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed email again: after the first delay, then twice as long each time (a mail
 * server that is down for an hour is not asked every minute), at most six hours apart, and not at
 * all after the last attempt.
 *
 * @param firstDelay  the wait after the first failure
 * @param maxAttempts how many attempts in all before giving up
 */
public record RetryPolicy(Duration firstDelay, int maxAttempts) {

    /** The longest wait between two attempts. */
    public static final Duration LONGEST_WAIT = Duration.ofHours(6);

    /** A minute, then 2, 4, 8 ... : ten attempts span about eight and a half hours. */
    public static final RetryPolicy STANDARD = new RetryPolicy(Duration.ofMinutes(1), 10);

    public RetryPolicy {
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("The first delay must be more than nothing");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt is needed");
        }
    }

    /**
     * When to try next, after {@code attemptsMade} attempts have failed, the last just now; empty
     * when there should be no more attempts.
     */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = firstDelay;
        for (int i = 1; i < attemptsMade && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
    }
}
