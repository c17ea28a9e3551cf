package coop.market.web.support.stripe;

/** One attempt to post an event to the webhook endpoint, and the HTTP status it got (-1: no answer). */
public record Delivery(String eventId, String type, int status) {
}
