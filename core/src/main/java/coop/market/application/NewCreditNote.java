package coop.market.application;

import java.util.List;

/** A credit note as staff ask for it: amounts (minor units) off some of an invoice's lines, and why. */
public record NewCreditNote(List<Line> lines, String reason) {

    /** An amount off one invoice line; the currency, if given, must be the invoice's. */
    public record Line(String invoiceLineId, Long amountMinor, String currency) {
    }
}
