package coop.market.domain.payout;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A member's own contribution for a while, in place of the co-op's policy: a flat rate (0 waives it, e.g. for a
 * new member's first three months), from a day until a day (inclusive; null: until further notice).
 */
public record ContributionOverride(String memberId, LocalDate from, LocalDate until, int rateBasisPoints,
        String reason) {

    public ContributionOverride {
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(from);
        Objects.requireNonNull(reason);
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("An override ends on or after it starts");
        }
        if (rateBasisPoints < 0 || rateBasisPoints > 10_000) {
            throw new IllegalArgumentException("A contribution rate is 0% to 100%");
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }

    ContributionPolicy asPolicy() {
        return new ContributionPolicy(from, java.util.List.of(new ContributionTier(0, rateBasisPoints)), null);
    }
}
