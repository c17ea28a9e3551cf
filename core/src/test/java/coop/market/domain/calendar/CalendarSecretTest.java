package coop.market.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarSecretTest {

    @Test
    void aSecretIs32RandomBytesInUrlSafeBase64() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = CalendarSecret.generate().token();
            assertEquals(43, token.length(), token);
            assertTrue(token.matches("[A-Za-z0-9_-]+"), "safe in a URL path as it is: " + token);
            assertEquals(32, Base64.getUrlDecoder().decode(token).length);
            assertTrue(CalendarSecret.wellFormed(token));
            assertTrue(seen.add(token), "never the same twice");
        }
    }

    @Test
    void aStoredTokenWrapsBackIntoTheSameSecret() {
        CalendarSecret secret = CalendarSecret.generate();
        CalendarSecret again = CalendarSecret.of(secret.token());
        assertEquals(secret.token(), again.token());
        assertFalse(again.toString().contains(again.token()));
        assertEquals("a".repeat(41) + "-_", CalendarSecret.of("a".repeat(41) + "-_").token());
    }

    @Test
    void onlyAWellFormedTokenWrapsIntoASecret() {
        assertThrows(IllegalArgumentException.class, () -> CalendarSecret.of(null));
        assertThrows(IllegalArgumentException.class, () -> CalendarSecret.of(""));
        assertThrows(IllegalArgumentException.class, () -> CalendarSecret.of("a".repeat(42)));
        assertThrows(IllegalArgumentException.class, () -> CalendarSecret.of("a".repeat(44)));
        assertThrows(IllegalArgumentException.class, () -> CalendarSecret.of("a".repeat(42) + "="));
        assertThrows(IllegalArgumentException.class, () -> CalendarSecret.of("a".repeat(42) + "/"));
    }

    @Test
    void onlyTheRightShapeIsWellFormed() {
        assertFalse(CalendarSecret.wellFormed(null));
        assertFalse(CalendarSecret.wellFormed(""));
        assertFalse(CalendarSecret.wellFormed("a".repeat(42)));
        assertFalse(CalendarSecret.wellFormed("a".repeat(44)));
        assertFalse(CalendarSecret.wellFormed("a".repeat(42) + "="));
        assertFalse(CalendarSecret.wellFormed("a".repeat(42) + "/"));
        assertTrue(CalendarSecret.wellFormed("a".repeat(41) + "-_"));
    }

    @Test
    void theTokenNeverShowsInLogs() {
        CalendarSecret secret = CalendarSecret.generate();
        assertFalse(secret.toString().contains(secret.token()));
    }

    @Test
    void aLinkKeepsItsTokenAndItsSecretCanBeReplaced() {
        CalendarSecret first = CalendarSecret.generate();
        CalendarLink link = new CalendarLink("m1", first.token(), Instant.parse("2027-03-01T10:00:00Z"));
        assertEquals("m1", link.memberId());
        assertEquals(first.token(), link.token());
        assertEquals(Instant.parse("2027-03-01T10:00:00Z"), link.createdAt());

        CalendarSecret second = CalendarSecret.generate();
        link.replace(second.token(), Instant.parse("2027-04-01T10:00:00Z"));
        assertEquals(second.token(), link.token());
        assertEquals(Instant.parse("2027-04-01T10:00:00Z"), link.createdAt());
    }

    @Test
    void aLinkKeepsOnlyAWellFormedToken() {
        CalendarLink link = new CalendarLink("m1", CalendarSecret.generate().token(), Instant.now());
        String kept = link.token();
        assertThrows(IllegalArgumentException.class, () -> link.replace("not-a-secret", Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> link.replace(null, Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> link.replace(kept + "=", Instant.now()));
        assertEquals(kept, link.token(), "a refused token leaves the link as it was");
        assertThrows(IllegalArgumentException.class, () -> new CalendarLink("m1", null, Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> new CalendarLink("m1", "a".repeat(64), Instant.now()));
        assertThrows(NullPointerException.class,
                () -> new CalendarLink(null, CalendarSecret.generate().token(), Instant.now()));
    }
}
