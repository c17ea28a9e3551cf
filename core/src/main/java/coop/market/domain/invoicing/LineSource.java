package coop.market.domain.invoicing;

/** What an invoice line bills: completed work, a late cancellation fee, or (later) a product order. */
public enum LineSource {
    BOOKING,
    FEE,
    ORDER
}
