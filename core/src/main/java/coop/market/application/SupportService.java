package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.account.UserAccount;
import coop.market.domain.account.UserAccountRepository;
import coop.market.domain.audit.AuditEntry;
import coop.market.domain.audit.AuditLog;
import coop.market.domain.member.Member;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.NotFoundException;
import coop.market.domain.support.Supporter;
import coop.market.domain.support.Supporters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A member's circle of support. The member (or staff for them) names a supporter by e-mail: an
 * existing account is given the supporter role, otherwise a new account is made and its owner is
 * e-mailed a link to choose a password. Supporters see the member's work; those allowed to answer
 * may also say yes or no to requests. Every change to the circle is in the member's audit log, and
 * so is everything a supporter does for the member ({@link BookingService}).
 */
@ApplicationScoped
@Transactional
public class SupportService {

    @Inject
    Supporters supporters;

    @Inject
    MemberRepository members;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordService passwords;

    @Inject
    AccountService accountService;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** One supporter as the member and staff see them. */
    public record SupporterView(String id, String email, String relationship, boolean canAnswer, Instant since) {
    }

    /**
     * @param invitationLinkStart the page a new supporter's link opens (to which {@code ?token=} is added)
     */
    public SupporterView name(String memberId, NewSupporter request, Actor actor, String invitationLinkStart) {
        Member member = ownOrStaff(memberId, actor);
        FieldErrors errors = new FieldErrors();
        errors.requireEmail("email", request.email());
        errors.requireText("relationship", request.relationship(), 60);
        errors.require("canAnswer", request.canAnswer());
        errors.throwIfAny();
        Instant now = clock.instant();
        UserAccount account = accounts.findByEmail(request.email()).orElse(null);
        if (account != null && account.memberId().filter(memberId::equals).isPresent()) {
            throw new ConflictException("own-supporter", "A member cannot be their own supporter");
        }
        if (account == null) {
            account = passwords.invitedAccount(request.email(), Role.SUPPORTER, null);
            passwords.sendInvitation(account, member.firstName(), invitationLinkStart);
        } else if (!account.roles().contains(Role.SUPPORTER)) {
            account.addRole(Role.SUPPORTER);
            accountService.forget(account.email());
        }
        String accountId = account.id();
        if (supporters.activeForMember(memberId).stream().anyMatch(s -> s.accountId().equals(accountId))) {
            throw new ConflictException("already-supporter", "This person is already in the circle of support");
        }
        Supporter supporter = new Supporter(Ids.newId(), memberId, accountId, request.relationship().strip(),
                request.canAnswer(), now);
        supporters.add(supporter);
        audit.record(new AuditEntry(Ids.newId(), now, actor.accountId(), actor.email(), memberId, "supporter.added",
                account.email() + " (" + supporter.relationship() + ")"
                        + (supporter.canAnswer() ? ", may answer requests" : ", may see the work")));
        return view(supporter, account.email());
    }

    public List<SupporterView> circle(String memberId, Actor actor) {
        ownOrStaff(memberId, actor);
        return supporters.activeForMember(memberId).stream()
                .map(s -> view(s, accounts.find(s.accountId()).map(UserAccount::email).orElse("")))
                .toList();
    }

    /** Takes someone out of the circle; they stop seeing the member's work at once. */
    public void end(String memberId, String supporterId, Actor actor) {
        ownOrStaff(memberId, actor);
        Supporter supporter = supporters.find(supporterId).filter(s -> s.memberId().equals(memberId) && s.active())
                .orElseThrow(() -> new NotFoundException("Supporter", supporterId));
        Instant now = clock.instant();
        supporter.end(now);
        audit.record(new AuditEntry(Ids.newId(), now, actor.accountId(), actor.email(), memberId, "supporter.ended",
                accounts.find(supporter.accountId()).map(UserAccount::email).orElse(supporter.accountId())));
    }

    /** Whether the actor supports this member (and so may see their work). */
    public boolean supports(Actor actor, String memberId) {
        return actor.has(Role.SUPPORTER) && actor.accountId() != null
                && supporters.activeForAccount(actor.accountId()).stream().anyMatch(s -> s.memberId().equals(memberId));
    }

    /** Whether the actor may answer requests for this member. */
    public boolean mayAnswerFor(Actor actor, String memberId) {
        return actor.has(Role.SUPPORTER) && actor.accountId() != null
                && supporters.activeForAccount(actor.accountId()).stream()
                        .anyMatch(s -> s.memberId().equals(memberId) && s.canAnswer());
    }

    /** The members this actor supports. */
    public List<String> supportedMembers(Actor actor) {
        if (!actor.has(Role.SUPPORTER) || actor.accountId() == null) {
            return List.of();
        }
        return supporters.activeForAccount(actor.accountId()).stream().map(Supporter::memberId).toList();
    }

    private Member ownOrStaff(String memberId, Actor actor) {
        if (!actor.isStaff() && !memberId.equals(actor.memberId())) {
            // Someone else's circle does not exist for them, as with bookings.
            throw new NotFoundException("Member", memberId);
        }
        return members.find(memberId).orElseThrow(() -> new NotFoundException("Member", memberId));
    }

    private static SupporterView view(Supporter supporter, String email) {
        return new SupporterView(supporter.id(), email, supporter.relationship(), supporter.canAnswer(),
                supporter.createdAt());
    }

    /** A password nobody knows: the new supporter chooses their own through the e-mailed link. */
}
