package coop.market.domain.ledger;

import java.util.Objects;

/**
 * One account in the books: a kind, and for receivables and payables whose they are. Written as a
 * code, e.g. {@code receivable:7c0e...} or {@code bank}, which is how postings store it.
 */
public record Account(AccountKind kind, String owner) implements Comparable<Account> {

    public static final Account BILLED_WORK = new Account(AccountKind.BILLED_WORK, null);
    public static final Account CANCELLATION_FEES = new Account(AccountKind.CANCELLATION_FEES, null);
    public static final Account CONTRIBUTION_INCOME = new Account(AccountKind.CONTRIBUTION_INCOME, null);
    public static final Account DELIVERY_INCOME = new Account(AccountKind.DELIVERY_INCOME, null);
    public static final Account CARD_CLEARING = new Account(AccountKind.CARD_CLEARING, null);
    public static final Account BANK = new Account(AccountKind.BANK, null);
    public static final Account CARD_FEES = new Account(AccountKind.CARD_FEES, null);
    public static final Account VAT = new Account(AccountKind.VAT, null);

    public Account {
        Objects.requireNonNull(kind);
        if (kind.perOwner() != (owner != null && !owner.isBlank()) || (owner != null && owner.contains(":"))) {
            throw new IllegalArgumentException(kind.perOwner() ? kind.code() + " needs an owner"
                    : kind.code() + " has no owner");
        }
    }

    public static Account receivable(String customerId) {
        return new Account(AccountKind.RECEIVABLE, customerId);
    }

    public static Account payable(String memberId) {
        return new Account(AccountKind.PAYABLE, memberId);
    }

    /** The account a code names. */
    public static Account of(String code) {
        int colon = code.indexOf(':');
        return colon < 0 ? new Account(AccountKind.ofCode(code), null)
                : new Account(AccountKind.ofCode(code.substring(0, colon)), code.substring(colon + 1));
    }

    public String code() {
        return owner == null ? kind.code() : kind.code() + ":" + owner;
    }

    @Override
    public int compareTo(Account other) {
        return code().compareTo(other.code());
    }

    @Override
    public String toString() {
        return code();
    }
}
