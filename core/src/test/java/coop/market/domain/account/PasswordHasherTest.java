package coop.market.domain.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    // Far below the production count, to keep the tests fast; the algorithm is the same.
    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void storesAlgorithmIterationsSaltAndHash() {
        String stored = hasher.hash("correct horse battery");
        assertTrue(stored.matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), stored);
        assertFalse(stored.contains("correct horse battery"));
    }

    @Test
    void hashingTheSamePasswordTwiceGivesDifferentHashes() {
        // A random salt per password: equal passwords do not show up as equal hashes.
        assertNotEquals(hasher.hash("same password"), hasher.hash("same password"));
    }

    @Test
    void matchesTheRightPassword() {
        String stored = hasher.hash("correct horse battery");
        assertTrue(hasher.matches("correct horse battery", stored));
    }

    @Test
    void rejectsAWrongPassword() {
        String stored = hasher.hash("correct horse battery");
        assertFalse(hasher.matches("correct horse batterY", stored));
        assertFalse(hasher.matches("", stored));
        assertFalse(hasher.matches(null, stored));
    }

    @Test
    void aHashMadeWithAnotherIterationCountStillVerifies() {
        // The count is stored with the hash, so raising it later does not lock anybody out.
        String older = new PasswordHasher(500).hash("correct horse battery");
        assertTrue(hasher.matches("correct horse battery", older));
        assertFalse(hasher.matches("wrong", older));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "pbkdf2-sha256$1000$onlythree", "bcrypt$1000$c2FsdA$aGFzaA",
        "pbkdf2-sha256$1000$c2FsdA$aGFzaA$extra", "pbkdf2-sha256$many$c2FsdA$aGFzaA",
        "pbkdf2-sha256$0$c2FsdA$aGFzaA", "pbkdf2-sha256$-5$c2FsdA$aGFzaA", "pbkdf2-sha256$1000$not*base64$aGFzaA",
        "pbkdf2-sha256$1000$c2FsdA$###", "pbkdf2-sha256$1000$$aGFzaA", "pbkdf2-sha256$1000$c2FsdA$"})
    void rejectsAMalformedStoredHashWithoutThrowing(String stored) {
        assertFalse(hasher.matches("correct horse battery", stored));
    }

    @Test
    void refusesANonPositiveIterationCount() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0));
    }
}
