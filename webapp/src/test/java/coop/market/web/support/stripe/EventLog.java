package coop.market.web.support.stripe;

import com.stripe.Stripe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The events the fake has emitted, in order, each written to JSON at once so it keeps the object
 * as it was at that moment (as Stripe's do), and handed on for delivery. Not thread-safe: {@link
 * Account} guards it.
 */
final class EventLog {

    private final List<FakeEvent> events = new ArrayList<>();
    private final Consumer<FakeEvent> emitted;

    EventLog(Consumer<FakeEvent> emitted) {
        this.emitted = emitted;
    }

    /**
     * @param cause the API call that caused the event, or null when a test played the card holder
     */
    void emit(String type, Map<String, Object> object, ApiRequest cause) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", cause == null ? null : cause.requestId());
        request.put("idempotency_key", cause == null ? null : cause.idempotencyKey());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", Ids.next("evt"));
        event.put("object", "event");
        // stripe-java refuses to read the data object of an event from any other API version.
        event.put("api_version", Stripe.API_VERSION);
        event.put("created", Instant.now().getEpochSecond());
        event.put("data", Map.of("object", object));
        event.put("livemode", false);
        event.put("pending_webhooks", 1);
        event.put("request", request);
        event.put("type", type);
        FakeEvent fake = new FakeEvent((String) event.get("id"), type, JsonText.write(event));
        events.add(fake);
        emitted.accept(fake);
    }

    List<FakeEvent> all() {
        return List.copyOf(events);
    }

    void clear() {
        events.clear();
    }
}
