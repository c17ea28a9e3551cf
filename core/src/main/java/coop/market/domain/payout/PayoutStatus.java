package coop.market.domain.payout;

/** Where one member's pay-out has got to. */
public enum PayoutStatus {
    /**
     * Not paid yet: in a run not yet executed, or one whose Stripe transfer has not been confirmed (Stripe did not
     * answer, or the server stopped first): executing again asks Stripe again with the same key, and gets the
     * transfer it made, if it made one.
     */
    PENDING,
    /** Stripe made the transfer. */
    PAID,
    /** In the run's bank payment file, for the treasurer to send to the bank. */
    IN_BANK_FILE,
    /** Stripe refused the transfer (no money moved): the member's money is held for the next run. */
    FAILED;

    /** Whether the money has gone to the member: transferred, or in the bank file. */
    public boolean paidOut() {
        return this == PAID || this == IN_BANK_FILE;
    }

    /** Whether nothing more will happen to it. */
    public boolean settled() {
        return this == PAID || this == IN_BANK_FILE || this == FAILED;
    }
}
