/**
 * Paying invoices by card. A {@link coop.market.domain.cardpayment.CardPayment} is our record of one attempt,
 * made before the card processor is asked, so every request to it carries a key derived from our own id; the
 * processor's events (delivered more than once, in any order) settle it. The processor itself is behind
 * {@link coop.market.domain.cardpayment.CardGateway} (Stripe, in infrastructure).
 */
package coop.market.domain.cardpayment;
