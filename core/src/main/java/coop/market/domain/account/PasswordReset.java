package coop.market.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time password reset link, known by the SHA-256 of its secret (the secret itself is only
 * ever in the e-mail). It works once, and only until it expires.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    /** How long a reset link works after it is sent. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    /**
     * How long an invitation to choose a first password works: a new member or supporter may not read
     * their e-mail the same day, and may need someone to help them with it.
     */
    public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "account_id")
    private String accountId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected PasswordReset() {
    }

    public PasswordReset(String tokenHash, String accountId, Instant createdAt) {
        this(tokenHash, accountId, createdAt, LIFETIME);
    }

    public PasswordReset(String tokenHash, String accountId, Instant createdAt, Duration lifetime) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.accountId = Objects.requireNonNull(accountId);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = createdAt.plus(lifetime);
    }

    /** Whether the link still works at {@code now}. */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (!usableAt(now)) {
            throw new IllegalStateException("This reset link has been used or has expired");
        }
        usedAt = now;
    }

    public String accountId() {
        return accountId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
