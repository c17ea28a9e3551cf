package coop.market.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2027-03-01T10:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle();

    private void failTimes(String key, int times, Instant from, Duration apart) {
        for (int i = 0; i < times; i++) {
            throttle.failed(key, from.plus(apart.multipliedBy(i)));
        }
    }

    @Test
    void fiveWrongPasswordsInAQuarterOfAnHourLockTheAddressForAQuarterOfAnHour() {
        failTimes("pat@example.org", 4, T0, Duration.ofMinutes(1));
        assertTrue(throttle.lockedUntil("pat@example.org", T0.plus(Duration.ofMinutes(4))).isEmpty(), "four is fine");

        throttle.failed("pat@example.org", T0.plus(Duration.ofMinutes(4)));
        Instant until = T0.plus(Duration.ofMinutes(4)).plus(SignInThrottle.LOCK);
        assertEquals(until, throttle.lockedUntil("pat@example.org", T0.plus(Duration.ofMinutes(5))).orElseThrow());
        assertTrue(throttle.lockedUntil("pat@example.org", until.minusSeconds(1)).isPresent());
        assertTrue(throttle.lockedUntil("pat@example.org", until).isEmpty(), "free again after the lock");
        assertTrue(throttle.lockedUntil("sam@example.org", T0.plus(Duration.ofMinutes(5))).isEmpty(),
                "other addresses are not affected");
    }

    @Test
    void mistakesSpreadOverTheDayDoNotLock() {
        failTimes("pat@example.org", 10, T0, Duration.ofMinutes(40));
        assertTrue(throttle.lockedUntil("pat@example.org", T0.plus(Duration.ofHours(7))).isEmpty());
    }

    @Test
    void theRightPasswordClearsTheCount() {
        failTimes("pat@example.org", 4, T0, Duration.ofSeconds(10));
        throttle.succeeded("pat@example.org");
        throttle.failed("pat@example.org", T0.plusSeconds(60));
        assertTrue(throttle.lockedUntil("pat@example.org", T0.plusSeconds(61)).isEmpty());
    }
}
