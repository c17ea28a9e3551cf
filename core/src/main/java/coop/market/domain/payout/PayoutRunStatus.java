package coop.market.domain.payout;

/** A pay-out run's life: a preview, looked over and approved, then executed. */
public enum PayoutRunStatus {
    DRAFT,
    APPROVED,
    EXECUTED,
    CANCELLED;

    /** Whether the run still holds its members' money back from any other run. */
    public boolean open() {
        return this == DRAFT || this == APPROVED;
    }
}
