package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.account.PasswordHasher;
import coop.market.domain.account.PasswordReset;
import coop.market.domain.account.Role;
import coop.market.domain.account.PasswordResets;
import coop.market.domain.account.UserAccount;
import coop.market.domain.account.UserAccountRepository;
import coop.market.domain.notification.Outbox;
import coop.market.domain.notification.OutgoingEmail;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.InvalidInputException;
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
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * Forgotten passwords and signing out everywhere. A reset link is sent by e-mail (through the
 * outbox, in the same transaction as the link's record); it works once, for an hour. Asking for
 * a link answers the same whether or not the address has an account, so nobody can use the form
 * to find out who is a customer or member. A new password, and "sign out everywhere", end every
 * session the account had.
 */
@ApplicationScoped
@Transactional
public class PasswordService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordResets resets;

    @Inject
    Outbox outbox;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountService accountService;

    @Inject
    CooperativeService cooperative;

    @Inject
    Clock clock;

    /**
     * Sends a reset link to the address if it has an account that may sign in; otherwise does
     * nothing, and says nothing different.
     *
     * @param linkStart the reset page's address, to which {@code ?token=...} is added
     */
    public void sendResetLink(String email, String linkStart) {
        FieldErrors errors = new FieldErrors();
        errors.requireEmail("email", email);
        errors.throwIfAny();
        accounts.findByEmail(email).filter(UserAccount::enabled).ifPresent(account -> {
            Instant now = clock.instant();
            String link = linkStart + "?token=" + newLink(account, now, PasswordReset.LIFETIME);
            outbox.add(new OutgoingEmail(Ids.newId(), "account.password-reset", account.id(), account.email(), null,
                    "Reset your Co-op Market password", resetEmail(account.email(), link), null, now));
        });
    }

    /**
     * Invites someone a member has named as a supporter to choose a password for their new
     * account, with the same kind of one-time link (valid for a week; "Forgotten your password?"
     * gives a new one later).
     */
    void sendInvitation(UserAccount account, String memberName, String linkStart) {
        Instant now = clock.instant();
        String link = linkStart + "?token=" + newLink(account, now, PasswordReset.INVITATION_LIFETIME);
        CoopContact contact = cooperative.contact();
        String body = "Hello,\n\n"
                + memberName + " has asked " + contact.coopName() + " to add you to their circle of support.\n"
                + "You will be able to see their work.\n"
                + "To choose your password, open this link within " + PasswordReset.INVITATION_LIFETIME.toDays()
                + " days:\n\n" + link + "\n\n"
                + "Then sign in with " + account.email() + ".\n"
                + "If the link has run out, use \"Forgotten your password?\" on the sign-in page.\n\n"
                + contact.needHelp() + "\n";
        outbox.add(new OutgoingEmail(Ids.newId(), "account.supporter-invitation", account.id(), account.email(), null,
                memberName + " has added you to their circle of support", body, null, now));
    }

    /**
     * Welcomes a new member and asks them to choose a password, in easy-read words (short sentences,
     * one idea each), with a one-time link valid for a week.
     */
    void sendMemberWelcome(UserAccount account, String firstName, String linkStart) {
        Instant now = clock.instant();
        String link = linkStart + "?token=" + newLink(account, now, PasswordReset.INVITATION_LIFETIME);
        CoopContact contact = cooperative.contact();
        String body = "Hello " + firstName + ",\n\n"
                + "Welcome to " + contact.coopName() + ".\n"
                + "You can see your work on our website.\n"
                + "First, choose a password.\n"
                + "Open this link:\n\n" + link + "\n\n"
                + "The link works for " + PasswordReset.INVITATION_LIFETIME.toDays() + " days.\n"
                + "Then sign in with " + account.email() + ".\n"
                + "You can ask someone you trust to help you.\n\n"
                + contact.needHelp() + "\n";
        outbox.add(new OutgoingEmail(Ids.newId(), "account.member-welcome", account.id(), account.email(), null,
                "Welcome to " + contact.coopName() + ": choose your password", body, null, now));
    }

    /**
     * A new account for someone invited (a member, a supporter), with an unguessable password nobody
     * knows: they choose their own with the link in the invitation.
     */
    UserAccount invitedAccount(String email, Role role, String memberId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        UserAccount account = new UserAccount(Ids.newId(), email, hasher.hash(Base64.getEncoder().encodeToString(bytes)),
                Set.of(role), memberId, null, clock.instant());
        accounts.add(account);
        return account;
    }

    /** A new one-time link for the account: stored as a hash, the secret returned for the e-mail. */
    private String newLink(UserAccount account, Instant now, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        resets.add(new PasswordReset(hash(secret), account.id(), now, lifetime));
        return secret;
    }

    private String resetEmail(String email, String link) {
        CoopContact contact = cooperative.contact();
        return "Hello,\n\n"
                + "Someone asked to reset the password for " + email + ".\n"
                + "To choose a new password, open this link within " + PasswordReset.LIFETIME.toMinutes()
                + " minutes:\n\n" + link + "\n\n"
                + "The link works once.\n"
                + "If you did not ask, you can ignore this email. Your password stays the same.\n\n"
                + contact.needHelp() + "\n";
    }

    /** Sets a new password with a reset link; the link is then spent and every session ends. */
    public void reset(String secret, String newPassword) {
        FieldErrors errors = new FieldErrors();
        if (errors.requireText("password", newPassword, 200) && newPassword.length() < UserAccount.MIN_PASSWORD_LENGTH) {
            errors.add("password", "Use at least " + UserAccount.MIN_PASSWORD_LENGTH + " characters");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        PasswordReset reset = resets.lockByHash(secret == null || secret.isBlank() ? null : hash(secret.strip()))
                .filter(link -> link.usableAt(now))
                .orElseThrow(() -> new InvalidInputException("token",
                        "This link has expired or has already been used. Please ask for a new one."));
        reset.use(now);
        UserAccount account = accounts.find(reset.accountId()).orElseThrow();
        account.changePassword(hasher.hash(newPassword), now);
        accountService.forget(account.email());
    }

    /** Ends every session of the signed-in person's account, on every device. */
    public void signOutEverywhere(Actor actor) {
        if (actor == null || actor.accountId() == null) {
            throw new AccessDeniedException("Sign in first");
        }
        UserAccount account = accounts.find(actor.accountId())
                .orElseThrow(() -> new AccessDeniedException("Sign in first"));
        account.endSessions(clock.instant());
        accountService.forget(account.email());
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
