package coop.market.domain.ledger;

import coop.market.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** One line of a ledger transaction: an amount, always positive, on one side of one account. */
@Entity
@Table(name = "ledger_posting")
public class Posting {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "transaction_id")
    private LedgerTransaction transaction;

    private String account;

    @Enumerated(EnumType.STRING)
    private Side side;

    @Column(name = "amount_minor")
    private long amountMinor;

    protected Posting() {
    }

    Posting(String id, LedgerTransaction transaction, Account account, Side side, long amountMinor) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("A posting's amount is positive; the side says which way");
        }
        this.id = Objects.requireNonNull(id);
        this.transaction = transaction;
        this.account = account.code();
        this.side = Objects.requireNonNull(side);
        this.amountMinor = amountMinor;
    }

    public Account account() {
        return Account.of(account);
    }

    public Side side() {
        return side;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, transaction.currency());
    }

    /** The amount as it counts towards the account's debit balance: debits add, credits take away. */
    long signedMinor() {
        return side == Side.DEBIT ? amountMinor : -amountMinor;
    }
}
