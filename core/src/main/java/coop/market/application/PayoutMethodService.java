package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.audit.AuditEntry;
import coop.market.domain.audit.AuditLog;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.payout.BankAccount;
import coop.market.domain.payout.PayoutFrequency;
import coop.market.domain.payout.PayoutMethod;
import coop.market.domain.payout.PayoutMethodKind;
import coop.market.domain.payout.Payouts;
import coop.market.domain.payout.SecretBox;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** How each member is paid: staff set it for them (audited), and bank details are kept sealed. */
@ApplicationScoped
@Transactional
public class PayoutMethodService {

    @Inject
    Payouts payouts;

    @Inject
    MemberRepository members;

    @Inject
    SecretBox box;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Optional<PayoutMethod> get(String memberId, Actor actor) {
        Permissions.requireStaff(actor, "see how members are paid");
        requireMember(memberId);
        return payouts.method(memberId);
    }

    /** Whether bank details can be kept: only once the administrator has set the key they are sealed with. */
    public boolean keepsBankDetails() {
        return box.ready();
    }

    public PayoutMethod set(String memberId, NewPayoutMethod request, Actor actor) {
        Permissions.requireStaff(actor, "change how members are paid");
        requireMember(memberId);
        FieldErrors errors = new FieldErrors();
        PayoutMethodKind kind = errors.choice("method", request.method(), PayoutMethodKind.class, null);
        PayoutFrequency frequency = errors.choice("frequency", request.frequency(), PayoutFrequency.class,
                PayoutFrequency.WEEKLY);
        BankAccount bank = null;
        String stripeAccount = null;
        if (kind == PayoutMethodKind.BANK_TRANSFER) {
            bank = BankAccount.parse(request.accountName(), request.sortCode(), request.accountNumber(), errors);
        } else if (kind == PayoutMethodKind.STRIPE) {
            stripeAccount = request.stripeAccount() == null ? "" : request.stripeAccount().strip();
            if (!stripeAccount.matches("acct_[A-Za-z0-9]{1,250}")) {
                errors.add("stripeAccount", "Use the member's Stripe account id, like acct_1AbC2dEf");
            }
        }
        errors.throwIfAny();
        if (bank != null && !box.ready()) {
            throw new ConflictException("bank-details-off",
                    "Bank details cannot be kept yet: the administrator must set BANK_DETAILS_KEY first");
        }
        Instant now = clock.instant();
        PayoutMethod method = payouts.method(memberId).orElseGet(() -> new PayoutMethod(memberId));
        if (bank != null) {
            method.payByBank(bank, box, frequency, now, actor.email());
        } else {
            method.payByStripe(stripeAccount, frequency, now, actor.email());
        }
        payouts.save(method);
        // Where a member's money goes is the most sensitive thing staff change for them: always on their record.
        audit.record(new AuditEntry(Ids.newId(), now, actor.accountId(), actor.email(), memberId,
                "payout-method.changed", describe(method)));
        return method;
    }

    private static String describe(PayoutMethod method) {
        String how = method.method() == PayoutMethodKind.STRIPE ? "Stripe account " + method.stripeAccount()
                : "bank account " + method.sortCodeMasked() + " " + method.accountNumberMasked();
        return "Paid " + method.frequency().name().toLowerCase(Locale.ROOT) + " by " + how;
    }

    private void requireMember(String memberId) {
        if (members.displayName(memberId).isEmpty()) {
            throw new NotFoundException("Member", memberId);
        }
    }
}
