package coop.market.domain.cardpayment;

/** The processor's payment for an attempt: its id, and the secret the customer's browser pays it with. */
public record CardIntent(String intentId, String clientSecret) {
}
