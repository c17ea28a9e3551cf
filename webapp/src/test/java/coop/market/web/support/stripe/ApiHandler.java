package coop.market.web.support.stripe;

import com.stripe.Stripe;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP side of the fake: checks the API key, reads the form-encoded parameters, hands the call to
 * the {@link Account} and writes its answer with the headers Stripe sends.
 */
final class ApiHandler implements HttpHandler {

    private final String secretKey;
    private final Account account;
    private final Duration pause;

    ApiHandler(String secretKey, Account account, Duration pause) {
        this.secretKey = secretKey;
        this.account = account;
        this.pause = pause;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!pause.isZero()) {
                // A slow Stripe, so a crash test can kill the server in the middle of a run of requests.
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Headers asked = exchange.getRequestHeaders();
            String requestId = "req_" + Ids.random(14);
            String idempotencyKey = asked.getFirst("Idempotency-Key");
            ApiResponse response = answer(exchange, requestId, idempotencyKey);

            Headers headers = exchange.getResponseHeaders();
            headers.set("Content-Type", "application/json");
            headers.set("Request-Id", requestId);
            String version = asked.getFirst("Stripe-Version");
            headers.set("Stripe-Version", version == null ? Stripe.API_VERSION : version);
            if (idempotencyKey != null) {
                headers.set("Idempotency-Key", idempotencyKey);
            }
            if (response.replayed()) {
                headers.set("Idempotent-Replayed", "true");
            }
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(response.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private ApiResponse answer(HttpExchange exchange, String requestId, String idempotencyKey) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (!("Bearer " + secretKey).equals(authorization)) {
            return ApiResponse.error(unauthorized(authorization));
        }
        String method = exchange.getRequestMethod();
        String form = method.equals("GET") || method.equals("DELETE")
                ? exchange.getRequestURI().getRawQuery()
                : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            return account.handle(new ApiRequest(method, exchange.getRequestURI().getPath(), FormBody.parse(form),
                    idempotencyKey, requestId));
        } catch (StripeError e) {
            return ApiResponse.error(e);
        } catch (RuntimeException e) {
            // A bug in the fake: answer as Stripe does when it fails, and show why in the test output.
            e.printStackTrace();
            return ApiResponse.error(new StripeError(500, "api_error", null, null, "FakeStripe failed: " + e));
        }
    }

    private static StripeError unauthorized(String authorization) {
        String key = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
        String message = key.isEmpty()
                ? "You did not provide an API key. You need to provide your API key in the Authorization header,"
                        + " using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')."
                : "Invalid API Key provided: " + masked(key);
        return new StripeError(401, "invalid_request_error", null, null, message);
    }

    /** As Stripe shows a wrong key: its prefix and last four characters, the rest starred out. */
    private static String masked(String key) {
        int prefix = key.lastIndexOf('_') + 1;
        int hidden = key.length() - prefix - 4;
        return hidden <= 0 ? key : key.substring(0, prefix) + "*".repeat(hidden) + key.substring(key.length() - 4);
    }
}
