package coop.market.domain.ledger;

/** Which column of an account a posting goes in. */
public enum Side {
    DEBIT,
    CREDIT;

    public Side opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }
}
