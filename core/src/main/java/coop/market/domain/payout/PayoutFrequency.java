package coop.market.domain.payout;

/** How often a member wants paying; the co-op runs pay-outs weekly. */
public enum PayoutFrequency {
    /** In every pay-out run. */
    WEEKLY,
    /** In the first pay-out run of each calendar month. */
    MONTHLY,
    /** Not until they say: the co-op holds their money (some members prefer a lump sum, or a quiet month). */
    HOLD
}
