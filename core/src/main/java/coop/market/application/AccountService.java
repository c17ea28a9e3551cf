package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.account.PasswordHasher;
import coop.market.domain.account.SignInThrottle;
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
    private final SignInThrottle throttle = new SignInThrottle();
    private final ConcurrentHashMap<String, Remembered> recent = new ConcurrentHashMap<>();

    private record Remembered(byte[] digest, Actor actor, Instant until) {
    }

    /** How long a session check's answer is reused: "sign out everywhere" reaches every server within this. */
    static final Duration SESSION_CHECK_REUSE = Duration.ofSeconds(10);

    private final ConcurrentHashMap<String, SessionCheck> sessionChecks = new ConcurrentHashMap<>();

    /** Whether an account may still use sessions, and from when. */
    private record SessionCheck(boolean enabled, Instant validFrom, Instant until) {
    }

    /**
     * The actor for these details, or empty when the e-mail is unknown, disabled or the password wrong,
     * or when the address is locked out after too many wrong passwords ({@link #lockedUntil}).
     * Runs without a transaction of its own: a remembered check (nearly every API call) needs no database.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Actor> authenticate(String email, String password) {
        if (email == null || password == null || email.isBlank()) {
            return Optional.empty();
        }
        String key = UserAccount.normaliseEmail(email);
        Instant now = clock.instant();
        if (throttle.lockedUntil(key, now).isPresent()) {
            return Optional.empty();
        }
        byte[] digest = digest(password);
        Remembered hit = recent.get(key);
        if (hit != null && hit.until().isAfter(now) && MessageDigest.isEqual(hit.digest(), digest)) {
            return Optional.of(hit.actor());
        }
        Optional<Actor> actor = accounts.findByEmail(key)
                .filter(UserAccount::enabled)
                .filter(account -> passwordHasher.matches(password, account.passwordHash()))
                .map(Actor::of);
        if (actor.isEmpty()) {
            throttle.failed(key, now);
        } else {
            throttle.succeeded(key);
            if (recent.size() >= MAX_REMEMBERED) {
                recent.clear();
            }
            recent.put(key, new Remembered(digest, actor.get(), now.plus(REMEMBER_FOR)));
        }
        return actor;
    }

    /** When this address may try to sign in again, if too many wrong passwords have locked it out. */
    public Optional<Instant> lockedUntil(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return throttle.lockedUntil(UserAccount.normaliseEmail(email), clock.instant());
    }

    /**
     * Whether a session signed in at {@code signedInAt} still counts: the account exists, may sign
     * in, and has not been signed out everywhere (or had its password changed) since. The answer is
     * reused for {@link #SESSION_CHECK_REUSE}, so a page view rarely costs a database read.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean sessionStillValid(String accountId, Instant signedInAt) {
        Instant now = clock.instant();
        SessionCheck check = sessionChecks.get(accountId);
        if (check == null || !check.until().isAfter(now)) {
            if (sessionChecks.size() >= MAX_REMEMBERED) {
                sessionChecks.clear();
            }
            check = accounts.find(accountId)
                    .map(account -> new SessionCheck(account.enabled(), account.sessionsValidFrom().orElse(null),
                            now.plus(SESSION_CHECK_REUSE)))
                    .orElse(new SessionCheck(false, null, now.plus(SESSION_CHECK_REUSE)));
            sessionChecks.put(accountId, check);
        }
        return check.enabled() && (check.validFrom() == null || !signedInAt.isBefore(check.validFrom()));
    }

    /** Forgets what this server remembers of an account's sign-ins, after its password or sessions change. */
    public void forget(String email) {
        String key = UserAccount.normaliseEmail(email);
        recent.remove(key);
        throttle.succeeded(key);
        sessionChecks.clear();
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
