package coop.market.web.support.stripe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal, answered with Stripe's error body {@code {"error":{"type", "code", "message", "param"}}}.
 * stripe-java turns the status and type back into its exceptions (400 into InvalidRequestException,
 * 401 into AuthenticationException, type idempotency_error into IdempotencyException), so these
 * must match Stripe's for the application to react as it would in production.
 */
final class StripeError extends RuntimeException {

    private final int status;
    private final String type;
    private final String code;
    private final String param;
    private final Map<String, Object> more;

    StripeError(int status, String type, String code, String param, String message) {
        this(status, type, code, param, message, Map.of());
    }

    private StripeError(int status, String type, String code, String param, String message,
            Map<String, Object> more) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
        this.more = more;
    }

    /**
     * A card refused when the request was carried out (402): unlike a request refused before it ran, its answer
     * is the idempotency key's, as at Stripe. The error names the payment intent it left declined.
     */
    static StripeError card(Map<String, Object> refusal, Map<String, Object> intent) {
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("decline_code", refusal.get("decline_code"));
        more.put("payment_intent", new LinkedHashMap<>(intent));
        return new StripeError(402, "card_error", (String) refusal.get("code"), null,
                (String) refusal.get("message"), more);
    }

    /** Whether the request ran (and its answer is kept for its idempotency key). */
    boolean carriedOut() {
        return status == 402;
    }

    static StripeError invalid(String param, String message) {
        return new StripeError(400, "invalid_request_error", null, param, message);
    }

    static StripeError invalid(String code, String param, String message) {
        return new StripeError(400, "invalid_request_error", code, param, message);
    }

    static StripeError missingParam(String param) {
        return invalid("parameter_missing", param, "Missing required param: " + param + ".");
    }

    /** 404 when the id was in the URL, 400 when a parameter named it. */
    static StripeError noSuch(int status, String objectType, String id, String param) {
        return new StripeError(status, "invalid_request_error", "resource_missing", param,
                "No such " + objectType + ": '" + id + "'");
    }

    int status() {
        return status;
    }

    Map<String, Object> body() {
        Map<String, Object> error = new LinkedHashMap<>();
        if (code != null) {
            error.put("code", code);
        }
        error.put("message", getMessage());
        if (param != null) {
            error.put("param", param);
        }
        error.put("type", type);
        error.putAll(more);
        return Map.of("error", error);
    }
}
