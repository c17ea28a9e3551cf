package coop.market.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** A small HTTP client for the JSON API, signed in as somebody or nobody. */
public final class Api {

    public static final String DEMO_PASSWORD = "demo-password";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Api anonymous(URL deployment) {
        return new Api(URI.create(deployment.toString().replaceAll("/$", "") + "/api/v1"), null);
    }

    public Api as(String email, String password) {
        String token = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token);
    }

    public Api asStaff() {
        return as("staff@demo.coop", DEMO_PASSWORD);
    }

    public Api asCustomer() {
        return as("customer@demo.coop", DEMO_PASSWORD);
    }

    public Reply get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET of a PDF document (a problem comes as JSON). */
    public Reply getPdf(String path) {
        return getDocument(path, "application/pdf");
    }

    /** A GET of a document of this media type, e.g. {@code text/csv} (a problem comes as JSON). */
    public Reply getDocument(String path, String mediaType) {
        return send(request(path).setHeader("Accept", mediaType + ", application/problem+json").GET().build());
    }

    /** A GET of a document of this media type as its bytes (a PDF does not survive being read as text). */
    public HttpResponse<byte[]> getBytes(String path, String mediaType) {
        return exchange(request(path).setHeader("Accept", mediaType + ", application/problem+json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE().build());
    }

    /** A POST as Stripe sends its webhooks: a raw JSON body and a {@code Stripe-Signature} (if not null). */
    public Reply postSigned(String path, String json, String signature) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json; charset=utf-8");
        if (signature != null) {
            builder.header("Stripe-Signature", signature);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A POST carrying an {@code Idempotency-Key}. */
    public Reply post(String path, String json, String idempotencyKey) {
        return send(request(path).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply post(String path, JsonStructure json) {
        return post(path, json.toString());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Reply send(HttpRequest request) {
        return new Reply(exchange(request, HttpResponse.BodyHandlers.ofString()));
    }

    private static <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A unique e-mail address, so every test makes its own data. */
    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** An answer from the API. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonObject object() {
            return Json.createReader(new StringReader(body())).readObject();
        }

        public JsonArray array() {
            return Json.createReader(new StringReader(body())).readArray();
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
