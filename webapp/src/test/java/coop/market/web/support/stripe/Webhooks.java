package coop.market.web.support.stripe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts events to the application's webhook endpoint, signed as Stripe signs them. Automatic
 * delivery runs on one background thread, so events arrive in the order they were emitted and the
 * code that emitted them (under the account's lock) never waits on the application. Unlike Stripe
 * it does not retry a failed delivery: a test that wants a retry calls {@link #deliver} again.
 */
final class Webhooks {

    private final String secret;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "fake-stripe-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    // Bumped by reset(), so deliveries queued for an earlier test are dropped, not sent into the next.
    private final AtomicLong generation = new AtomicLong();
    private volatile URI destination;
    private volatile boolean automatic = true;

    Webhooks(String secret) {
        this.secret = secret;
    }

    void deliverTo(URI webhookUrl) {
        destination = webhookUrl;
    }

    void automatic(boolean on) {
        automatic = on;
    }

    /** Called for each event as it is emitted: queues it when automatic delivery is on and there is somewhere to send it. */
    void emitted(FakeEvent event) {
        if (!automatic || destination == null) {
            return;
        }
        long queuedIn = generation.get();
        background.execute(() -> {
            if (queuedIn == generation.get()) {
                try {
                    deliver(event);
                } catch (IOException e) {
                    // Recorded as status -1 by deliver; Stripe too just tries again later.
                }
            }
        });
    }

    /** Posts the event now, on the caller's thread, and gives the status the endpoint answered. */
    int deliver(FakeEvent event) throws IOException {
        URI to = destination;
        if (to == null) {
            throw new IllegalStateException("No webhook endpoint: call deliverTo(url) first");
        }
        HttpRequest request = HttpRequest.newBuilder(to)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                .header("Stripe-Signature", sign(event.json(), Instant.now().getEpochSecond()))
                .POST(HttpRequest.BodyPublishers.ofString(event.json(), StandardCharsets.UTF_8))
                .build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            deliveries.add(new Delivery(event.id(), event.type(), status));
            return status;
        } catch (IOException e) {
            deliveries.add(new Delivery(event.id(), event.type(), -1));
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while delivering " + event.id(), e);
        }
    }

    /** The {@code Stripe-Signature} header: {@code t=<seconds>,v1=<hex HMAC-SHA256 of "t.payload">}. */
    String sign(String payload, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until every event queued for automatic delivery so far has been sent. */
    void awaitQueued(Duration timeout) {
        try {
            background.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("Webhook deliveries still under way after " + timeout);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** Forgets past deliveries and drops queued ones; the endpoint stays, automatic delivery is on again. */
    void reset() {
        generation.incrementAndGet();
        deliveries.clear();
        automatic = true;
    }

    void stop() {
        background.shutdownNow();
    }
}
