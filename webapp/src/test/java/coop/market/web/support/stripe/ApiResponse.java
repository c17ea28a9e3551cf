package coop.market.web.support.stripe;

import java.util.Map;

/** What the API answers: a status and a JSON body, and whether it is an idempotent replay. */
record ApiResponse(int status, String body, boolean replayed) {

    static ApiResponse ok(Map<String, Object> object) {
        return new ApiResponse(200, JsonText.write(object), false);
    }

    static ApiResponse error(StripeError error) {
        return new ApiResponse(error.status(), JsonText.write(error.body()), false);
    }

    ApiResponse replay() {
        return new ApiResponse(status, body, true);
    }
}
