package coop.market.domain.payout;

/**
 * One band of the contribution: the part of a week's share from {@code fromMinor} up to the next band's
 * start pays {@code rateBasisPoints} (1000 = 10%).
 */
public record ContributionTier(long fromMinor, int rateBasisPoints) {

    public ContributionTier {
        if (fromMinor < 0) {
            throw new IllegalArgumentException("A band starts at nothing or more, not " + fromMinor);
        }
        if (rateBasisPoints < 0 || rateBasisPoints > 10_000) {
            throw new IllegalArgumentException("A contribution rate is 0% to 100%, not " + rateBasisPoints + " bp");
        }
    }
}
