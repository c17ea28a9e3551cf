package coop.market.domain.ledger;

import coop.market.domain.shared.Money;
import java.util.Objects;

/** A posting to be made: this amount on this side of this account. */
public record Entry(Account account, Side side, Money amount) {

    public Entry {
        Objects.requireNonNull(account);
        Objects.requireNonNull(side);
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("An entry's amount is positive: " + amount);
        }
    }

    public static Entry debit(Account account, Money amount) {
        return new Entry(account, Side.DEBIT, amount);
    }

    public static Entry credit(Account account, Money amount) {
        return new Entry(account, Side.CREDIT, amount);
    }
}
