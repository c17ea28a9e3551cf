package coop.market.domain.payout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * How and how often a member is paid. Bank details are kept sealed by a {@link SecretBox}; only the last digits
 * are kept in the clear, so screens and the API can show them masked without opening anything.
 */
@Entity
@Table(name = "payout_method")
public class PayoutMethod {

    @Id
    @Column(name = "member_id")
    private String memberId;

    @Enumerated(EnumType.STRING)
    private PayoutMethodKind method;

    @Enumerated(EnumType.STRING)
    private PayoutFrequency frequency;

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

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected PayoutMethod() {
    }

    public PayoutMethod(String memberId) {
        this.memberId = Objects.requireNonNull(memberId);
    }

    /** Pays the member by Stripe transfers to their connected account ({@code acct_...}). */
    public void payByStripe(String account, PayoutFrequency frequency, Instant at, String by) {
        change(PayoutMethodKind.STRIPE, frequency, at, by);
        this.stripeAccount = Objects.requireNonNull(account);
        this.accountName = null;
        this.sortCodeSealed = null;
        this.accountNumberSealed = null;
        this.sortCodeLast = null;
        this.accountNumberLast = null;
    }

    /** Pays the member by bank transfer, keeping the account's numbers sealed. */
    public void payByBank(BankAccount account, SecretBox box, PayoutFrequency frequency, Instant at, String by) {
        change(PayoutMethodKind.BANK_TRANSFER, frequency, at, by);
        this.stripeAccount = null;
        this.accountName = account.name();
        this.sortCodeSealed = box.seal(account.sortCode());
        this.accountNumberSealed = box.seal(account.accountNumber());
        this.sortCodeLast = account.sortCodeLast();
        this.accountNumberLast = account.accountNumberLast();
    }

    private void change(PayoutMethodKind kind, PayoutFrequency newFrequency, Instant at, String by) {
        this.method = Objects.requireNonNull(kind);
        this.frequency = Objects.requireNonNull(newFrequency);
        this.updatedAt = Objects.requireNonNull(at);
        this.updatedBy = Objects.requireNonNull(by);
    }

    public String memberId() {
        return memberId;
    }

    public PayoutMethodKind method() {
        return method;
    }

    public PayoutFrequency frequency() {
        return frequency;
    }

    public String stripeAccount() {
        return stripeAccount;
    }

    public String accountName() {
        return accountName;
    }

    String sortCodeSealed() {
        return sortCodeSealed;
    }

    String accountNumberSealed() {
        return accountNumberSealed;
    }

    String sortCodeLast() {
        return sortCodeLast;
    }

    String accountNumberLast() {
        return accountNumberLast;
    }

    /** The sort code as it may be shown: only its last two digits. */
    public String sortCodeMasked() {
        return BankAccount.maskedSortCode(sortCodeLast);
    }

    /** The account number as it may be shown: only its last four digits. */
    public String accountNumberMasked() {
        return BankAccount.maskedAccountNumber(accountNumberLast);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
