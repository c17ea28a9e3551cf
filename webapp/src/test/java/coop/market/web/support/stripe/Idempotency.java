package coop.market.web.support.stripe;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Stripe's idempotent requests: the first answer to a POST with an {@code Idempotency-Key} is kept
 * and replayed for the same key, and the key may not be reused for another endpoint or other
 * parameters. As at Stripe, a request refused before it ran (a {@link StripeError}) keeps nothing,
 * so it can be retried with the same key once corrected. Not thread-safe: {@link Account} guards it,
 * which also keeps two concurrent requests with one key from both running.
 */
final class Idempotency {

    private record First(String endpoint, Map<String, Object> params, ApiResponse response) {
    }

    private final Map<String, First> byKey = new HashMap<>();

    ApiResponse answer(ApiRequest request, Supplier<ApiResponse> run) {
        String key = request.idempotencyKey();
        if (key == null || !"POST".equals(request.method())) {
            return run.get();
        }
        String endpoint = request.method() + " " + request.path();
        First first = byKey.get(key);
        if (first == null) {
            ApiResponse response = carriedOut(run);
            byKey.put(key, new First(endpoint, request.params(), response));
            return response;
        }
        if (!first.endpoint().equals(endpoint)) {
            throw refused("Keys for idempotent requests can only be used for the same endpoint they were first used"
                    + " for ('" + first.endpoint() + "' vs '" + endpoint + "'). Try using a key other than '" + key
                    + "' if you meant to execute a different request.");
        }
        if (!first.params().equals(request.params())) {
            throw refused("Keys for idempotent requests can only be used with the same parameters they were first"
                    + " used with. Try using a key other than '" + key + "' if you meant to execute a different"
                    + " request.");
        }
        return first.response().replay();
    }

    /** The answer, a card's refusal included: that request did run, so its answer is kept like any other. */
    private static ApiResponse carriedOut(Supplier<ApiResponse> run) {
        try {
            return run.get();
        } catch (StripeError e) {
            if (!e.carriedOut()) {
                throw e;
            }
            return ApiResponse.error(e);
        }
    }

    private static StripeError refused(String message) {
        return new StripeError(400, "idempotency_error", null, null, message);
    }

    void clear() {
        byKey.clear();
    }
}
