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

    StripeError(int status, String type, String code, String param, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
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
        return Map.of("error", error);
    }
}
