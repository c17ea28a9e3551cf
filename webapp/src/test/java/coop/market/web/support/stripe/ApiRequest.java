package coop.market.web.support.stripe;

import java.util.Map;

/**
 * One call to the API, already authenticated and parsed. {@code requestId} and {@code idempotencyKey}
 * also go into the events the call causes, as Stripe's {@code request} field.
 */
record ApiRequest(String method, String path, Map<String, Object> params, String idempotencyKey, String requestId) {

    Params read() {
        return new Params(params);
    }
}
