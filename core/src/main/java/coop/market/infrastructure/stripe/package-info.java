/**
 * Stripe, with stripe-java: the adapter behind {@link coop.market.domain.cardpayment.CardGateway}. Keys come
 * from the environment only ({@code STRIPE_SECRET_KEY}, {@code STRIPE_WEBHOOK_SECRET}); {@code STRIPE_API_BASE}
 * points it elsewhere (the tests' fake Stripe).
 */
package coop.market.infrastructure.stripe;
