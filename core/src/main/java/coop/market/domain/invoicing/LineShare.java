package coop.market.domain.invoicing;

import coop.market.domain.shared.Money;

/**
 * Part of an amount that falls to one invoice line (of a payment, a credit or a refund), and how much of it is
 * the line's own price before VAT ({@code net}; the rest is VAT). Without VAT the two are the same.
 */
public record LineShare(InvoiceLine line, Money amount, Money net) {

    /** An amount asked for on a line (a credit), before the line has said how much of it is VAT. */
    public LineShare(InvoiceLine line, Money amount) {
        this(line, amount, amount);
    }

    public Money vat() {
        return amount.minus(net);
    }
}
