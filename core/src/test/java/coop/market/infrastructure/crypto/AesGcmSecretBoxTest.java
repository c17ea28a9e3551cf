package coop.market.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bank details sealed with AES-GCM: opened only with the same key, and only if nobody changed them. */
class AesGcmSecretBoxTest {

    private static String key(int bytes, int fill) {
        byte[] key = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            key[i] = (byte) (fill + i * 7);
        }
        return Base64.getEncoder().encodeToString(key);
    }

    private final AesGcmSecretBox box = new AesGcmSecretBox(Optional.of(key(32, 1)));

    @Test
    void whatIsSealedOpensAgain() {
        assertTrue(box.ready());
        assertEquals("12345678", box.open(box.seal("12345678")));
        assertEquals("", box.open(box.seal("")));
        assertEquals("Zoë Ó Súilleabháin", box.open(box.seal("Zoë Ó Súilleabháin")));
    }

    @Test
    void theSameTextSealedTwiceLooksDifferentAndHidesItself() {
        String once = box.seal("123456");
        String twice = box.seal("123456");

        assertNotEquals(once, twice, "a fresh nonce each time");
        assertTrue(once.startsWith("v1:"));
        assertFalse(once.contains("123456"));
        assertEquals(box.open(once), box.open(twice));
    }

    @Test
    void anotherKeyCannotOpenIt() {
        AesGcmSecretBox other = new AesGcmSecretBox(Optional.of(key(32, 2)));

        assertThrows(IllegalStateException.class, () -> other.open(box.seal("12345678")));
    }

    @Test
    void aChangedTextIsNoticed() {
        byte[] bytes = Base64.getDecoder().decode(box.seal("12345678").substring(3));
        for (int at : new int[] {0, 12, bytes.length - 1}) {
            byte[] changed = bytes.clone();
            changed[at] ^= 1;
            String tampered = "v1:" + Base64.getEncoder().encodeToString(changed);
            assertThrows(IllegalStateException.class, () -> box.open(tampered), "byte " + at + " changed");
        }
        assertThrows(IllegalStateException.class, () -> box.open("12345678"), "never sealed");
        assertThrows(IllegalStateException.class, () -> box.open(null));
    }

    @Test
    void aTextCutShortOrGarbledIsNoticedToo() {
        String sealed = box.seal("12345678");

        assertThrows(IllegalStateException.class, () -> box.open("v1:AAAA"), "cut short");
        assertThrows(IllegalStateException.class, () -> box.open(sealed + "!"), "no longer base64");
    }

    @Test
    void withoutAKeyNothingIsSealed() {
        AesGcmSecretBox none = new AesGcmSecretBox(Optional.empty());

        assertFalse(none.ready());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> none.seal("12345678"));
        assertTrue(refused.getMessage().contains("BANK_DETAILS_KEY"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> none.open(box.seal("12345678")));
    }

    @Test
    void aKeyOfTheWrongLengthIsRefusedAtOnce() {
        for (int bytes : new int[] {0, 16, 31, 33}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> new AesGcmSecretBox(Optional.of(key(bytes, 1))));
            assertTrue(refused.getMessage().contains("BANK_DETAILS_KEY"), refused.getMessage());
        }
    }

    @Test
    void aKeyThatIsNotBase64IsRefusedAtOnce() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new AesGcmSecretBox(Optional.of("not base64 at all!")));
        assertTrue(refused.getMessage().contains("BANK_DETAILS_KEY"), refused.getMessage());
        assertFalse(refused.getMessage().contains("not base64 at all"), "the key is never repeated back");
    }
}
