package coop.market.application;

/** A card refund as staff ask for it: how much (minor units), and why (printed on the credit note). */
public record NewRefund(Long amountMinor, String currency, String reason) {
}
