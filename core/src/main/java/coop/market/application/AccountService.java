package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.account.PasswordHasher;
import coop.market.domain.account.UserAccount;
import coop.market.domain.account.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks sign-in details. A deliberately slow PBKDF2 check on every API call would make the API
 * slow for honest callers, so a successful check is remembered for a short while as a salted
 * SHA-256 of the password (the salt lives only in this process's memory).
 */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final Duration REMEMBER_FOR = Duration.ofMinutes(2);
    private static final int MAX_REMEMBERED = 10_000;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    Clock clock;

    private final byte[] processSalt = new SecureRandom().generateSeed(16);
    private final ConcurrentHashMap<String, Remembered> recent = new ConcurrentHashMap<>();

    private record Remembered(byte[] digest, Actor actor, Instant until) {
    }

    /**
     * The actor for these details, or empty when the e-mail is unknown, disabled or the password wrong.
     * Runs without a transaction of its own: a remembered check (nearly every API call) needs no database.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Actor> authenticate(String email, String password) {
        if (email == null || password == null || email.isBlank()) {
            return Optional.empty();
        }
        String key = UserAccount.normaliseEmail(email);
        byte[] digest = digest(password);
        Instant now = clock.instant();
        Remembered hit = recent.get(key);
        if (hit != null && hit.until().isAfter(now) && MessageDigest.isEqual(hit.digest(), digest)) {
            return Optional.of(hit.actor());
        }
        Optional<Actor> actor = accounts.findByEmail(key)
                .filter(UserAccount::enabled)
                .filter(account -> passwordHasher.matches(password, account.passwordHash()))
                .map(Actor::of);
        if (actor.isPresent()) {
            if (recent.size() >= MAX_REMEMBERED) {
                recent.clear();
            }
            recent.put(key, new Remembered(digest, actor.get(), now.plus(REMEMBER_FOR)));
        }
        return actor;
    }

    /** The actor for an already-authenticated caller, by e-mail. */
    public Optional<Actor> actorFor(String email) {
        return accounts.findByEmail(email).filter(UserAccount::enabled).map(Actor::of);
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(processSalt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
