package coop.market.domain.invoicing;

/** Where an invoice stands: issued and unpaid, partly paid, paid, or cancelled out by credit notes. */
public enum InvoiceStatus {
    ISSUED,
    PART_PAID,
    PAID,
    CREDITED
}
