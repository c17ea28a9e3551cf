package coop.market.domain.invoicing;

import coop.market.domain.shared.Money;

/**
 * How much of a payment belongs to one invoice line, and so to the member who supplied it. Usually
 * positive; now and then a penny negative, when rounding the cumulative shares moves a penny between lines.
 */
public record LineShare(InvoiceLine line, Money amount) {
}
