package coop.market.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    @Test
    void waitsTwiceAsLongAfterEachFailure() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), 10);
        assertEquals(NOW.plus(Duration.ofMinutes(1)), policy.nextAttempt(1, NOW).orElseThrow());
        assertEquals(NOW.plus(Duration.ofMinutes(2)), policy.nextAttempt(2, NOW).orElseThrow());
        assertEquals(NOW.plus(Duration.ofMinutes(4)), policy.nextAttempt(3, NOW).orElseThrow());
        assertEquals(NOW.plus(Duration.ofMinutes(256)), policy.nextAttempt(9, NOW).orElseThrow());
    }

    @Test
    void neverWaitsLongerThanSixHours() {
        RetryPolicy policy = new RetryPolicy(Duration.ofHours(1), 100);
        assertEquals(NOW.plus(Duration.ofHours(4)), policy.nextAttempt(3, NOW).orElseThrow());
        assertEquals(NOW.plus(RetryPolicy.LONGEST_WAIT), policy.nextAttempt(4, NOW).orElseThrow());
        assertEquals(NOW.plus(RetryPolicy.LONGEST_WAIT), policy.nextAttempt(99, NOW).orElseThrow());
    }

    @Test
    void stopsAfterTheLastAttempt() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), 3);
        assertTrue(policy.nextAttempt(2, NOW).isPresent());
        assertTrue(policy.nextAttempt(3, NOW).isEmpty());
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, 3));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofSeconds(1), 0));
    }
}
