package coop.market.infrastructure.crypto;

import coop.market.application.Settings;
import coop.market.domain.payout.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a key from {@code BANK_DETAILS_KEY} (32 random bytes, base64; make one with
 * {@code openssl rand -base64 32}). GCM both hides the text and notices any change to it. Each sealed text is
 * {@code v1:} and the base64 of a fresh 12-byte nonce followed by the ciphertext, so a later key or cipher can be
 * told apart.
 */
@ApplicationScoped
public class AesGcmSecretBox implements SecretBox {

    static final String SETTING = "BANK_DETAILS_KEY";
    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public AesGcmSecretBox() {
        this(Settings.fromEnvironment().get(SETTING));
    }

    AesGcmSecretBox(Optional<String> base64Key) {
        this.key = base64Key.map(AesGcmSecretBox::key).orElse(null);
    }

    private static SecretKey key(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(SETTING + " is not base64: make one with openssl rand -base64 32", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(SETTING + " must be 32 bytes (base64 of openssl rand 32), not "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    @Override
    public boolean ready() {
        return key != null;
    }

    @Override
    public String seal(String text) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal: " + e.getMessage(), e);
        }
    }

    @Override
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalStateException("Not something this box sealed");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            if (bytes.length <= NONCE_BYTES) {
                throw new GeneralSecurityException("too short to hold a nonce and a tag");
            }
            byte[] nonce = new byte[NONCE_BYTES];
            System.arraycopy(bytes, 0, nonce, 0, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Could not open: sealed with another key, or changed since", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        if (key == null) {
            throw new IllegalStateException("Bank details cannot be kept: " + SETTING + " is not set");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        return cipher;
    }
}
