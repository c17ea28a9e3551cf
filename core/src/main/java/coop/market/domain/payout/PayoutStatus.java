package coop.market.domain.payout;

/** Where one member's pay-out has got to. */
public enum PayoutStatus {
    /** In a run not yet executed. */
    PENDING,
    /** Stripe has been asked (or was about to be) and has not answered yet: asked again with the same key. */
    SENDING,
    /** Stripe made the transfer. */
    PAID,
    /** In the run's bank payment file, for the treasurer to send to the bank. */
    IN_BANK_FILE,
    /** Stripe refused the transfer (no money moved): the member's money is held for the next run. */
    FAILED;

    /** Whether nothing more will happen to it. */
    public boolean settled() {
        return this == PAID || this == IN_BANK_FILE || this == FAILED;
    }
}
