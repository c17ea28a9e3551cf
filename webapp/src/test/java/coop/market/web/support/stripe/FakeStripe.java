package coop.market.web.support.stripe;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stateful fake of the Stripe API inside the test process. The build points the server under test
 * at it (STRIPE_API_BASE), and the server's stripe-java talks to it as to Stripe: payment intents,
 * refunds and transfers, customers and setup intents saving cards to charge later, with Stripe's JSON, errors and idempotency. A test plays the card holder
 * ({@link #succeed}, {@link #fail}); the fake then emits events and posts them, signed, to the
 * application's webhook endpoint, or holds them for the test to {@link #deliver} when it likes. A test can also
 * play the network and the clock: lose an answer ({@link #loseAnswerTo}), let a day pass
 * ({@link #forgetIdempotencyKeys}).
 *
 * <p>{@link #shared()} is started once, by the first test class that needs it, and left running
 * until the test process ends, like {@code Mailbox}: the server under test is configured once with
 * its port and keys. Tests that share it call {@link #reset()} to start clean.
 */
public final class FakeStripe {

    /** The API key the shared fake accepts; the test server is configured with it. */
    public static final String SECRET_KEY = "sk_test_fake";
    /** The secret the shared fake signs webhooks with; the test server verifies with it. */
    public static final String WEBHOOK_SECRET = "whsec_fake";

    private static FakeStripe shared;

    private final HttpServer server;
    private final ExecutorService threads;
    private final Account account;
    private final Webhooks webhooks;

    private FakeStripe(HttpServer server, ExecutorService threads, Account account, Webhooks webhooks) {
        this.server = server;
        this.threads = threads;
        this.account = account;
        this.webhooks = webhooks;
    }

    /** The fake the server under test talks to, on port {@code test.stripe.port} (9087 unless set). */
    public static synchronized FakeStripe shared() {
        if (shared == null) {
            shared = start(Integer.getInteger("test.stripe.port", 9087), SECRET_KEY, WEBHOOK_SECRET);
        }
        return shared;
    }

    /** Starts a fake of its own on 127.0.0.1; port 0 takes any free port (see {@link #port()}). */
    public static FakeStripe start(int port, String secretKey, String webhookSecret) {
        return start(port, secretKey, webhookSecret, Duration.ZERO);
    }

    /** As {@link #start(int, String, String)}, answering each API request only after {@code pause}. */
    static FakeStripe start(int port, String secretKey, String webhookSecret, Duration pause) {
        Webhooks webhooks = new Webhooks(webhookSecret);
        Account account = new Account(webhooks::emitted);
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-stripe-api");
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/", new ApiHandler(secretKey, account, pause));
            server.setExecutor(threads);
            server.start();
            return new FakeStripe(server, threads, account, webhooks);
        } catch (IOException e) {
            threads.shutdownNow();
            throw new UncheckedIOException("Could not start the fake Stripe on port " + port, e);
        }
    }

    /** Serves something more beside the API (for {@link FakeStripeServer}'s look at its transfers). */
    void serve(String path, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(path, handler);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** What to give stripe-java as its API base: {@code http://127.0.0.1:<port>}. */
    public String apiBase() {
        return "http://127.0.0.1:" + port();
    }

    public void stop() {
        server.stop(0);
        threads.shutdownNow();
        webhooks.stop();
    }

    /**
     * Forgets every object, event, delivery and idempotency key, and turns automatic delivery back
     * on, so one test starts where no other has been. The port, keys and webhook endpoint stay.
     */
    public void reset() {
        webhooks.reset();
        account.clear();
    }

    /**
     * Twenty-four hours pass: Stripe keeps an idempotency key's first answer for only that long, so a request
     * repeated after this with the same key is carried out afresh. Objects, events and the transfer log stay.
     */
    public void forgetIdempotencyKeys() {
        account.forgetIdempotencyKeys();
    }

    /**
     * The next request with this idempotency key is carried out, but its answer is lost on the way back: the
     * application gets a 500 {@code api_error}, as when Stripe fails or times out, not knowing what was made. What
     * the request made stays made, and its key keeps the real answer for a retry (until it is forgotten).
     */
    public void loseAnswerTo(String idempotencyKey) {
        account.loseAnswerTo(idempotencyKey);
    }

    /** As {@link #loseAnswerTo}, for the next POST to this path (such as {@code /v1/payment_intents}), whatever its key. */
    public void loseNextAnswerTo(String path) {
        account.loseNextAnswerTo(path);
    }

    /**
     * The card holder pays: the intent succeeds, a charge for its whole amount is made, and
     * {@code payment_intent.succeeded} then {@code charge.succeeded} are emitted.
     *
     * @throws IllegalArgumentException if there is no such intent
     * @throws IllegalStateException if the intent is not waiting for a payment method
     */
    public void succeed(String paymentIntentId) {
        account.succeed(paymentIntentId);
    }

    /**
     * The card holder saves a card through this setup intent (as Stripe.js's confirmSetup would): a card of this
     * brand ending in these digits is attached to the setup's customer, and {@code setup_intent.succeeded} is
     * emitted. Charged later with its holder away, a card ending {@value SavedCards#DECLINED} is declined and one
     * ending {@value SavedCards#NEEDS_AUTHENTICATION} needs its holder to confirm; any other is charged.
     *
     * @return the card's (payment method's) id
     */
    public String completeSetup(String setupIntentId, String brand, String last4) {
        return account.completeSetup(setupIntentId, brand, last4);
    }

    /** The card is declined with this message: emits {@code payment_intent.payment_failed}. */
    public void fail(String paymentIntentId, String message) {
        account.fail(paymentIntentId, message);
    }

    /** The payment intent with this id, as it is now. */
    public PaymentIntent paymentIntent(String id) {
        return account.paymentIntents().stream().filter(intent -> intent.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No payment intent " + id));
    }

    /**
     * The newest payment intent whose metadata has this value, such as the one the application made
     * for an invoice; fails the test if there is none.
     */
    public PaymentIntent lastPaymentIntentWithMetadata(String key, String value) {
        List<PaymentIntent> found = account.paymentIntents().stream()
                .filter(intent -> value.equals(intent.metadata().get(key))).toList();
        if (found.isEmpty()) {
            throw new AssertionError("No payment intent with metadata " + key + "=" + value + " among "
                    + account.paymentIntents());
        }
        return found.get(found.size() - 1);
    }

    /** The ids of every payment intent made, oldest first. */
    public List<String> paymentIntentIds() {
        return account.paymentIntents().stream().map(PaymentIntent::id).toList();
    }

    /** Every transfer made, oldest first. */
    public List<Transfer> transfers() {
        return account.transfers();
    }

    /**
     * How many objects of this type ({@code "payment_intent"}, {@code "charge"}, {@code "refund"},
     * {@code "transfer"}) have been made since the start or the last reset; replays make none.
     */
    public int created(String objectType) {
        return account.created(objectType);
    }

    /** Every event emitted, oldest first. */
    public List<FakeEvent> events() {
        return account.events();
    }

    /** The events of this type, such as {@code charge.refunded}, oldest first. */
    public List<FakeEvent> events(String type) {
        return events().stream().filter(event -> event.type().equals(type)).toList();
    }

    /**
     * Where to post events: the application's webhook endpoint. Events emitted while there was
     * nowhere to post them are not posted later by themselves; {@link #deliver} still can.
     */
    public void deliverTo(URI webhookUrl) {
        webhooks.deliverTo(webhookUrl);
    }

    /**
     * On (the default), each event is posted in the background, in order, as soon as it is emitted.
     * Off, events only pile up in {@link #events()} for the test to {@link #deliver} itself.
     */
    public void autoDeliver(boolean on) {
        webhooks.automatic(on);
    }

    /**
     * Posts this event, freshly signed, to the webhook endpoint now, and gives the HTTP status the
     * application answered. Any event, any number of times, in any order.
     */
    public int deliver(FakeEvent event) {
        try {
            return webhooks.deliver(event);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not deliver " + event.id() + " (" + event.type() + ")", e);
        }
    }

    /** Waits until every event emitted so far under automatic delivery has been posted. */
    public void awaitDeliveries(Duration timeout) {
        webhooks.awaitQueued(timeout);
    }

    /** Every delivery attempt with the status it got, oldest first, for finding out why a test failed. */
    public List<Delivery> deliveries() {
        return webhooks.deliveries();
    }

    /**
     * The {@code Stripe-Signature} header value Stripe would send for this payload at this time
     * ({@code t=<timestamp>,v1=<hex HMAC-SHA256>}), for tests that forge stale or tampered webhooks.
     */
    public String sign(String payload, long timestamp) {
        return webhooks.sign(payload, timestamp);
    }
}
