package coop.market.domain.payout;

/** How a member's money reaches them. */
public enum PayoutMethodKind {
    /** A Stripe transfer to the member's own connected Stripe account. */
    STRIPE,
    /** A line in the bank payment file the co-op's treasurer uploads to the bank. */
    BANK_TRANSFER
}
