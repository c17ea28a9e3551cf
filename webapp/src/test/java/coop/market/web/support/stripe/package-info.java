/**
 * A stateful fake of the Stripe API for the tests. {@link coop.market.web.support.stripe.FakeStripe}
 * runs inside the test process and answers the application server's stripe-java calls (payment
 * intents, refunds, transfers) the way Stripe does: the same JSON shapes, the same error bodies, the
 * same idempotency rules. Tests drive what a card holder would do ({@code succeed}, {@code fail}),
 * and the fake sends signed webhook events to the application as Stripe would, or holds them back
 * so a test can deliver them late, twice or out of order.
 */
package coop.market.web.support.stripe;
