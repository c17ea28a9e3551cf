package coop.market.domain.invoicing;

/**
 * What an invoice line bills: completed work, a late cancellation fee, an item of a fulfilled product order (each
 * on behalf of a member), or an order's delivery charge, which is the co-op's own.
 */
public enum LineSource {
    BOOKING,
    FEE,
    ORDER,
    DELIVERY;

    /** Whether the line is the co-op's own supply, on behalf of no member: its money is the co-op's income. */
    public boolean coopsOwn() {
        return this == DELIVERY;
    }
}
