package coop.market.domain.payout;

import coop.market.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * One member's pay-out in a run: gross (their share), the co-op's contribution, and net (what they get), with
 * the account it goes to as it was when the run was made. Its id is the Stripe transfer's idempotency key.
 */
@Entity
@Table(name = "payout")
public class Payout {

    @Id
    private String id;

    @Column(name = "run_id")
    private String runId;

    @Column(name = "member_id")
    private String memberId;

    @Column(name = "gross_minor")
    private long grossMinor;

    @Column(name = "contribution_minor")
    private long contributionMinor;

    @Column(name = "net_minor")
    private long netMinor;

    @Column(name = "currency_code")
    private String currencyCode;

    @Column(name = "period_days")
    private int periodDays;

    @Enumerated(EnumType.STRING)
    private PayoutMethodKind method;

    @Enumerated(EnumType.STRING)
    private PayoutStatus status;

    private String reference;

    @Column(name = "stripe_account")
    private String stripeAccount;

    @Column(name = "account_name")
    private String accountName;

    @Column(name = "sort_code_sealed")
    private String sortCodeSealed;

    @Column(name = "account_number_sealed")
    private String accountNumberSealed;

    @Column(name = "sort_code_last")
    private String sortCodeLast;

    @Column(name = "account_number_last")
    private String accountNumberLast;

    @Column(name = "source_charge")
    private String sourceCharge;

    @Column(name = "transfer_id")
    private String transferId;

    private String failure;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Version
    private long version;

    protected Payout() {
    }

    /**
     * A member's pay-out as planned for a run, to the account they are paid by.
     *
     * @param sourceCharge the card charge that funded it, when exactly one did (null otherwise); fixed here, so
     *        every retry of its transfer asks Stripe for exactly the same thing
     */
    public Payout(String id, String runId, PayoutPlan.Planned planned, String reference, String sourceCharge) {
        if (!planned.gross().isPositive()) {
            throw new IllegalArgumentException("A pay-out is for more than nothing");
        }
        this.id = Objects.requireNonNull(id);
        this.runId = Objects.requireNonNull(runId);
        this.memberId = planned.memberId();
        this.grossMinor = planned.gross().minor();
        this.contributionMinor = planned.contribution().minor();
        this.netMinor = planned.net().minor();
        this.currencyCode = planned.gross().currency().getCurrencyCode();
        this.periodDays = planned.periodDays();
        this.reference = Objects.requireNonNull(reference);
        PayoutMethod how = planned.method();
        this.method = how.method();
        this.stripeAccount = how.stripeAccount();
        this.accountName = how.accountName();
        this.sortCodeSealed = how.sortCodeSealed();
        this.accountNumberSealed = how.accountNumberSealed();
        this.sortCodeLast = how.sortCodeLast();
        this.accountNumberLast = how.accountNumberLast();
        this.sourceCharge = planned.method().method() == PayoutMethodKind.STRIPE ? sourceCharge : null;
        this.status = PayoutStatus.PENDING;
    }

    /** Stripe made the transfer (none is needed when the contribution took it all). */
    public void paid(String transfer, Instant at) {
        requirePending();
        Objects.requireNonNull(at);
        if (transfer == null && netMinor > 0) {
            throw new IllegalArgumentException("A pay-out of money is paid by a transfer");
        }
        status = PayoutStatus.PAID;
        transferId = transfer;
        paidAt = at;
    }

    /** Stripe refused, so no money moved: the member's money stays held for the next run. */
    public void refused(String reason, Instant at) {
        requirePending();
        Objects.requireNonNull(at);
        status = PayoutStatus.FAILED;
        failure = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        paidAt = null;
    }

    /** Put in the run's bank payment file. */
    public void inBankFile(Instant at) {
        requirePending();
        paidAt = Objects.requireNonNull(at);
        status = PayoutStatus.IN_BANK_FILE;
    }

    private void requirePending() {
        if (status != PayoutStatus.PENDING) {
            throw new IllegalStateException("Pay-out " + id + " is " + status);
        }
    }

    public String id() {
        return id;
    }

    public String runId() {
        return runId;
    }

    public String memberId() {
        return memberId;
    }

    public Currency currency() {
        return Currency.getInstance(currencyCode);
    }

    public Money gross() {
        return Money.ofMinor(grossMinor, currency());
    }

    public Money contribution() {
        return Money.ofMinor(contributionMinor, currency());
    }

    public Money net() {
        return Money.ofMinor(netMinor, currency());
    }

    public int periodDays() {
        return periodDays;
    }

    public PayoutMethodKind method() {
        return method;
    }

    public PayoutStatus status() {
        return status;
    }

    public String reference() {
        return reference;
    }

    public String stripeAccount() {
        return stripeAccount;
    }

    public String accountName() {
        return accountName;
    }

    /** The bank account it is paid to, opened for the bank file (null for Stripe pay-outs). */
    public BankAccount bankAccount(SecretBox box) {
        return sortCodeSealed == null ? null
                : new BankAccount(accountName, box.open(sortCodeSealed), box.open(accountNumberSealed));
    }

    /** The sort code it is paid to as it may be shown, "**-**-56" (null for Stripe, or if not known). */
    public String sortCodeMasked() {
        return BankAccount.maskedSortCode(sortCodeLast);
    }

    /** The account number it is paid to as it may be shown, "****5678" (null for Stripe, or if not known). */
    public String accountNumberMasked() {
        return BankAccount.maskedAccountNumber(accountNumberLast);
    }

    /** The last four digits of the account number it is paid to (null for Stripe, or if not known). */
    public String accountNumberEnding() {
        return accountNumberLast;
    }

    public String sourceCharge() {
        return sourceCharge;
    }

    public String transferId() {
        return transferId;
    }

    public String failure() {
        return failure;
    }

    public Instant paidAt() {
        return paidAt;
    }

    /** The key Stripe knows this pay-out's transfer by: the same on every retry. */
    public String idempotencyKey() {
        return "payout-" + id;
    }
}
