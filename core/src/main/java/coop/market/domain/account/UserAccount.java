package coop.market.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A sign-in: an e-mail address, a PBKDF2 hash of the password (never the password), and roles.
 * A member's or customer's account points at the member or customer it speaks for.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    private String id;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "member_id")
    private String memberId;

    @Column(name = "customer_id")
    private String customerId;

    private boolean enabled;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Sessions signed in before this are over (sign out everywhere; a new password). */
    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom;

    @Version
    private long version;

    /** Long enough to resist guessing; no composition rules, so password managers and phrases work. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    protected UserAccount() {
    }

    public UserAccount(String id, String email, String passwordHash, Set<Role> roles, String memberId,
            String customerId, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.email = normaliseEmail(email);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        if (roles.contains(Role.MEMBER) != (memberId != null)) {
            throw new IllegalArgumentException("A member account must name its member, and only a member account");
        }
        if (roles.contains(Role.CUSTOMER) != (customerId != null)) {
            throw new IllegalArgumentException(
                    "A customer account must name its customer, and only a customer account");
        }
        this.roles = EnumSet.copyOf(roles);
        this.memberId = memberId;
        this.customerId = customerId;
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** E-mail addresses are compared without case or surrounding spaces. */
    public static String normaliseEmail(String email) {
        return Objects.requireNonNull(email, "email").strip().toLowerCase(Locale.ROOT);
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    /** Lets an existing account also support members (a customer may also be a member's mother). */
    public void addRole(Role role) {
        if (role == Role.MEMBER || role == Role.CUSTOMER) {
            throw new IllegalArgumentException("A member or customer account is made as one, not added to");
        }
        roles.add(role);
    }

    /** A new e-mail address to sign in with (a customer's, as staff correct it). */
    public void changeEmail(String email) {
        this.email = normaliseEmail(email);
    }

    /** A new password: every session signed in with the old one ends. */
    public void changePassword(String newHash, Instant at) {
        this.passwordHash = Objects.requireNonNull(newHash);
        endSessions(at);
    }

    /** Signs the account out everywhere: sessions begun before {@code at} are no longer accepted. */
    public void endSessions(Instant at) {
        this.sessionsValidFrom = Objects.requireNonNull(at);
    }

    public Optional<Instant> sessionsValidFrom() {
        return Optional.ofNullable(sessionsValidFrom);
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public Optional<String> memberId() {
        return Optional.ofNullable(memberId);
    }

    public Optional<String> customerId() {
        return Optional.ofNullable(customerId);
    }

    public boolean enabled() {
        return enabled;
    }
}
