package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.account.UserAccount;
import coop.market.domain.account.UserAccountRepository;
import coop.market.domain.audit.AuditEntry;
import coop.market.domain.audit.AuditLog;
import coop.market.domain.listing.Listing;
import coop.market.domain.listing.ListingRepository;
import coop.market.domain.member.Member;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.member.MemberStatus;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.NotFoundException;
import coop.market.domain.shared.Postcode;
import coop.market.spi.TradeRegistry;
import coop.market.domain.shared.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Registering and finding members. */
@ApplicationScoped
@Transactional
public class MemberService {

    @Inject
    MemberRepository members;

    @Inject
    TradeRegistry trades;

    @Inject
    ListingRepository listings;

    @Inject
    AuditLog audit;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordService passwords;

    @Inject
    AccountService accountService;

    @Inject
    Clock clock;

    /**
     * Registers a member and, given the page an invitation link opens, makes them an account to sign in
     * with and e-mails them an easy-read welcome with a link to choose their password.
     *
     * @param invitationLinkStart the password page (to which {@code ?token=} is added), or null to make
     *                            no account (the demo co-op's members, who sign in with the demo accounts)
     */
    public Member register(MemberDetails request, Actor actor, String invitationLinkStart) {
        Permissions.requireStaff(actor, "register members");
        Checked details = checked(request);
        if (members.findByEmail(details.email()).isPresent()) {
            throw new ConflictException("email-taken", "A member with this e-mail address already exists");
        }
        if (invitationLinkStart != null && accounts.findByEmail(details.email()).isPresent()) {
            throw new ConflictException("email-taken", "Someone already signs in with this e-mail address."
                    + " Use the member's own address.");
        }
        Member member = new Member(Ids.newId(), details.displayName(), details.email(), details.trades(),
                details.area(), details.story(), clock.instant());
        members.add(member);
        if (invitationLinkStart != null) {
            UserAccount account = passwords.invitedAccount(details.email(), Role.MEMBER, member.id());
            passwords.sendMemberWelcome(account, member.firstName(), invitationLinkStart);
        }
        audit.record(new AuditEntry(Ids.newId(), clock.instant(), actor.accountId(), actor.email(), member.id(),
                "member.registered", "Trades: " + String.join(", ", details.trades())));
        return member;
    }

    /**
     * Staff change a member's details: name, e-mail address (their sign-in address too), trades, the areas
     * they work in and their few words for the shop. A trade stays while the member still has a listing of it
     * in the shop, so nothing customers can book is left without its trade. Audited, naming what changed.
     */
    public Member changeDetails(String id, MemberDetails request, Actor actor) {
        Permissions.requireStaff(actor, "change members' details");
        Member member = get(id);
        Checked details = checked(request);
        if (!details.email().equals(member.email())) {
            moveSignInAddress(member, details.email());
        }
        List<String> listedTrades = listings.activeOf(id).stream().map(Listing::trade)
                .filter(trade -> !details.trades().contains(trade)).distinct().sorted().toList();
        if (!listedTrades.isEmpty()) {
            throw new ConflictException("trade-listed", "Their " + String.join(" and ", tradeNames(listedTrades))
                    + " listings are still in the shop. Take them out of the shop first.");
        }
        String changes = MemberChanges.between(member, details.displayName(), details.email(), details.trades(),
                details.area(), details.story());
        member.changeDetails(details.displayName(), details.email(), details.trades(), details.area(),
                details.story());
        if (!changes.isEmpty()) {
            audit.record(new AuditEntry(Ids.newId(), clock.instant(), actor.accountId(), actor.email(), member.id(),
                    "member.details-changed", changes));
        }
        return member;
    }

    /** The member's new address must be nobody else's, as a member or as a sign-in. */
    private void moveSignInAddress(Member member, String newEmail) {
        if (members.findByEmail(newEmail).isPresent()) {
            throw new ConflictException("email-taken", "Another member has this e-mail address");
        }
        if (accounts.findByEmail(newEmail).isPresent()) {
            throw new ConflictException("email-taken", "Someone already signs in with this e-mail address."
                    + " Use the member's own address.");
        }
        accounts.findByEmail(member.email())
                .filter(account -> account.memberId().filter(member.id()::equals).isPresent())
                .ifPresent(account -> account.changeEmail(newEmail));
        accountService.forget(member.email());
    }

    /** A member's details, checked and tidied: every problem at once, as field errors named as the API names them. */
    private Checked checked(MemberDetails request) {
        FieldErrors errors = new FieldErrors();
        errors.requireText("displayName", request.displayName(), 100);
        errors.requireEmail("email", request.email());
        errors.optionalText("story", request.story(), 2000);
        Set<String> tradeCodes = checkedTrades(request.trades(), errors);
        Set<String> area = checkedArea(request.postcodes(), errors);
        errors.throwIfAny();
        String story = request.story() == null || request.story().isBlank() ? null : request.story().strip();
        return new Checked(request.displayName().strip(), UserAccount.normaliseEmail(request.email()), tradeCodes,
                area, story);
    }

    private record Checked(String displayName, String email, Set<String> trades, Set<String> area, String story) {
    }

    public Member get(String id) {
        return members.find(id).orElseThrow(() -> new NotFoundException("Member", id));
    }

    /** What was done on the member's behalf (by staff or a supporter), newest first; staff only. */
    public List<AuditEntry> audit(String memberId, int limit, Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new AccessDeniedException("Only co-op staff read a member's audit log");
        }
        get(memberId);
        return audit.forMember(memberId, limit);
    }

    /** Members' names by id, in one look-up (a pay-out run names hundreds of members); unknown ids are left out. */
    public Map<String, String> displayNames(Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : members.displayNames(ids);
    }

    public List<Member> list(int offset, int limit) {
        return members.list(offset, limit);
    }

    public long count() {
        return members.count();
    }

    /** A member as a list of members shows them: trades by name, areas in order. */
    public record Summary(String id, String name, List<String> trades, List<String> areas, MemberStatus status)
            implements java.io.Serializable {
    }

    /** Members in name order, a page at a time, as a list shows them. */
    public List<Summary> summaries(int offset, int limit) {
        return members.list(offset, limit).stream().map(member -> new Summary(member.id(), member.displayName(),
                tradeNames(member), member.serviceArea().stream().sorted().toList(), member.status())).toList();
    }

    /** The member's trades by name, in order. */
    public List<String> tradeNames(Member member) {
        return tradeNames(member.trades().stream().sorted().toList());
    }

    private List<String> tradeNames(List<String> codes) {
        return codes.stream().map(code -> trades.find(code).map(coop.market.spi.Trade::name).orElse(code)).toList();
    }

    private Set<String> checkedTrades(List<String> requested, FieldErrors errors) {
        Set<String> codes = new TreeSet<>();
        if (requested == null || requested.isEmpty()) {
            errors.add("trades", "Choose at least one trade");
            return codes;
        }
        for (int i = 0; i < requested.size(); i++) {
            String code = requested.get(i);
            if (trades.find(code).isEmpty()) {
                errors.add("trades[" + i + "]", "There is no trade called \"" + code + "\"");
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private static Set<String> checkedArea(List<String> postcodes, FieldErrors errors) {
        Set<String> area = new TreeSet<>();
        if (postcodes == null) {
            return area;
        }
        for (int i = 0; i < postcodes.size(); i++) {
            int index = i;
            Postcode.outwardCode(postcodes.get(i)).ifPresentOrElse(area::add,
                    () -> errors.add("serviceArea.postcodes[" + index + "]",
                            "Enter a postcode district like BR5, or a full postcode"));
        }
        return area;
    }
}
