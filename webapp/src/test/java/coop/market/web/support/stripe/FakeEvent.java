package coop.market.web.support.stripe;

/**
 * An event the fake emitted: its id, its type (such as {@code payment_intent.succeeded}) and the
 * exact JSON that is, or would be, posted to the webhook endpoint, holding the object as it was then.
 */
public record FakeEvent(String id, String type, String json) {
}
