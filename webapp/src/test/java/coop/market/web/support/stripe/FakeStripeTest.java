package coop.market.web.support.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stripe.StripeClient;
import com.stripe.exception.ApiException;
import com.stripe.exception.CardException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.SetupIntent;
import com.stripe.model.StripeCollection;
import com.stripe.model.StripeObject;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.SetupIntentCreateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferListParams;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the fake with the real stripe-java client, as the application server does. */
class FakeStripeTest {

    private static final String SECRET_KEY = "sk_test_unit";
    private static final String WEBHOOK_SECRET = "whsec_unit";

    private FakeStripe stripe;
    private StripeClient client;
    private Receiver receiver;

    @BeforeEach
    void start() throws IOException {
        stripe = FakeStripe.start(0, SECRET_KEY, WEBHOOK_SECRET);
        client = clientWithKey(SECRET_KEY);
        receiver = new Receiver();
        stripe.deliverTo(receiver.url());
    }

    @AfterEach
    void stop() {
        stripe.stop();
        receiver.stop();
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheFirstIntentAndCreatesNothing() throws StripeException {
        RequestOptions attempt = RequestOptions.builder().setIdempotencyKey("invoice-1-attempt-1").build();

        var first = client.v1().paymentIntents().create(intent(1000L, "inv-1"), attempt);
        var again = client.v1().paymentIntents().create(intent(1000L, "inv-1"), attempt);

        assertEquals(first.getId(), again.getId());
        assertEquals(first.getClientSecret(), again.getClientSecret());
        assertEquals(1, stripe.created("payment_intent"));
        assertEquals("true", again.getLastResponse().headers().firstValue("Idempotent-Replayed").orElse(null));
        assertThrows(IdempotencyException.class,
                () -> client.v1().paymentIntents().create(intent(2000L, "inv-1"), attempt));
        assertEquals(1, stripe.created("payment_intent"));
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneIntent() throws Exception {
        RequestOptions attempt = RequestOptions.builder().setIdempotencyKey("invoice-2-attempt-1").build();
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> ids = callers.invokeAll(java.util.Collections.nCopies(6,
                    () -> client.v1().paymentIntents().create(intent(1000L, "inv-2"), attempt).getId()));
            Set<String> distinct = ConcurrentHashMap.newKeySet();
            for (Future<String> id : ids) {
                distinct.add(id.get());
            }
            assertEquals(1, distinct.size());
            assertEquals(1, stripe.created("payment_intent"));
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aNewIntentWaitsForAPaymentMethodWithItsMetadata() throws StripeException {
        var created = client.v1().paymentIntents().create(intent(1500L, "inv-3"));

        assertEquals("requires_payment_method", created.getStatus());
        assertEquals(1500L, created.getAmount());
        assertEquals("gbp", created.getCurrency());
        assertEquals(0L, created.getAmountReceived());
        assertNull(created.getLatestCharge());
        assertTrue(created.getClientSecret().startsWith(created.getId() + "_secret_"));
        assertEquals(created.getId(), stripe.lastPaymentIntentWithMetadata("invoice_id", "inv-3").id());
        assertEquals(List.of(created.getId()), stripe.paymentIntentIds());
    }

    @Test
    void aWrongApiKeyIsRefused() {
        assertThrows(AuthenticationException.class,
                () -> clientWithKey("sk_test_wrong").v1().paymentIntents().create(intent(1000L, "inv-4")));
        assertEquals(0, stripe.created("payment_intent"));
    }

    @Test
    void anAmountBelowStripesMinimumIsRefused() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> client.v1().paymentIntents().create(intent(10L, "inv-5")));
        assertEquals("amount", refused.getParam());
    }

    @Test
    void aParameterTheFakeDoesNotModelIsRefusedRatherThanIgnored() {
        PaymentIntentCreateParams manual = PaymentIntentCreateParams.builder().setAmount(1000L).setCurrency("gbp")
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL).build();

        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> client.v1().paymentIntents().create(manual));
        assertEquals("capture_method", refused.getParam());
    }

    @Test
    void aTransferFromAnUnknownChargeIsRefused() {
        TransferCreateParams payout = TransferCreateParams.builder().setAmount(850L).setCurrency("gbp")
                .setDestination("acct_member3").setSourceTransaction("ch_nothing").build();

        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> client.v1().transfers().create(payout));
        assertEquals("source_transaction", refused.getParam());
        assertEquals("resource_missing", refused.getCode());
    }

    @Test
    void anUnknownIntentIsMissing() {
        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> client.v1().paymentIntents().retrieve("pi_nothing"));
        assertEquals(404, missing.getStatusCode());
        assertEquals("resource_missing", missing.getCode());
    }

    @Test
    void aSucceededPaymentIsPostedAsASignedEventWithTheIntent() throws Exception {
        String id = client.v1().paymentIntents().create(intent(1200L, "inv-6")).getId();

        stripe.succeed(id);

        Event event = receiver.next();
        assertEquals("payment_intent.succeeded", event.getType());
        StripeObject object = event.getDataObjectDeserializer().getObject().orElseThrow();
        var paid = (com.stripe.model.PaymentIntent) object;
        assertEquals(id, paid.getId());
        assertEquals("succeeded", paid.getStatus());
        assertEquals(1200L, paid.getAmountReceived());
        assertEquals("charge.succeeded", receiver.next().getType());

        var retrieved = client.v1().paymentIntents().retrieve(id,
                PaymentIntentRetrieveParams.builder().addExpand("latest_charge").build(), null);
        assertEquals(paid.getLatestCharge(), retrieved.getLatestChargeObject().getId());
        assertEquals(1200L, retrieved.getLatestChargeObject().getAmount());
    }

    @Test
    void aDeclinedCardLeavesTheIntentWaitingWithTheError() throws Exception {
        String id = client.v1().paymentIntents().create(intent(1200L, "inv-7")).getId();

        stripe.fail(id, "Your card was declined.");

        Event event = receiver.next();
        assertEquals("payment_intent.payment_failed", event.getType());
        var failed = (com.stripe.model.PaymentIntent) event.getDataObjectDeserializer().getObject().orElseThrow();
        assertEquals("requires_payment_method", failed.getStatus());
        assertEquals("card_declined", failed.getLastPaymentError().getCode());
        assertEquals("Your card was declined.", failed.getLastPaymentError().getMessage());
    }

    @Test
    void aSavedCardIsChargedWithItsHolderAwayOncePerKey() throws Exception {
        String customer = client.v1().customers().create(CustomerCreateParams.builder().setEmail("pat@x.org")
                .build(), RequestOptions.builder().setIdempotencyKey("customer-c1").build()).getId();
        var setup = client.v1().setupIntents().create(SetupIntentCreateParams.builder().setCustomer(customer)
                .setUsage(SetupIntentCreateParams.Usage.OFF_SESSION).putMetadata("customer_id", "c1").build());
        assertTrue(setup.getClientSecret().startsWith(setup.getId() + "_secret_"));

        String card = stripe.completeSetup(setup.getId(), "visa", "4242");

        Event saved = receiver.next();
        assertEquals("setup_intent.succeeded", saved.getType());
        var done = (SetupIntent) saved.getDataObjectDeserializer().getObject().orElseThrow();
        assertEquals(card, done.getPaymentMethod());
        assertEquals(customer, done.getCustomer());
        assertEquals("c1", done.getMetadata().get("customer_id"));
        assertEquals("4242", client.v1().paymentMethods().retrieve(card).getCard().getLast4());

        RequestOptions key = RequestOptions.builder().setIdempotencyKey("card-payment-cp1").build();
        var paid = client.v1().paymentIntents().create(offSession(customer, card), key);
        var again = client.v1().paymentIntents().create(offSession(customer, card), key);
        assertEquals("succeeded", paid.getStatus());
        assertEquals(paid.getId(), again.getId());
        assertEquals(1, stripe.created("payment_intent"));
        assertEquals("payment_intent.succeeded", receiver.next().getType());
    }

    @Test
    void aDecliningSavedCardIsRefusedWithTheIntentAndTheRefusalIsReplayed() throws Exception {
        String customer = client.v1().customers().create(CustomerCreateParams.builder().build()).getId();
        var setup = client.v1().setupIntents().create(SetupIntentCreateParams.builder().setCustomer(customer).build());
        String card = stripe.completeSetup(setup.getId(), "visa", SavedCards.DECLINED);
        receiver.next();
        RequestOptions key = RequestOptions.builder().setIdempotencyKey("card-payment-cp2").build();

        CardException refused = assertThrows(CardException.class,
                () -> client.v1().paymentIntents().create(offSession(customer, card), key));
        CardException replayed = assertThrows(CardException.class,
                () -> client.v1().paymentIntents().create(offSession(customer, card), key));

        assertEquals("card_declined", refused.getCode());
        String intent = refused.getStripeError().getPaymentIntent().getId();
        assertEquals(intent, replayed.getStripeError().getPaymentIntent().getId());
        assertEquals(1, stripe.created("payment_intent"));
        assertEquals("requires_payment_method", stripe.paymentIntent(intent).status());
        assertEquals("payment_intent.payment_failed", receiver.next().getType());
    }

    private static PaymentIntentCreateParams offSession(String customer, String card) {
        return PaymentIntentCreateParams.builder().setAmount(2700L).setCurrency("gbp").setCustomer(customer)
                .setPaymentMethod(card).setOffSession(true).setConfirm(true).putMetadata("invoice_id", "inv-9")
                .build();
    }

    @Test
    void refundsAddUpToThePaymentAndNoFurther() throws Exception {
        String id = client.v1().paymentIntents().create(intent(1000L, "inv-8")).getId();
        assertThrows(InvalidRequestException.class, () -> refund(id, 400L));
        stripe.succeed(id);
        receiver.next();
        receiver.next();

        var part = refund(id, 400L);
        Charge afterPart = refundedCharge(receiver.next());
        InvalidRequestException tooMuch = assertThrows(InvalidRequestException.class, () -> refund(id, 700L));
        var rest = refund(id, null);
        Charge afterRest = refundedCharge(receiver.next());
        InvalidRequestException nothingLeft = assertThrows(InvalidRequestException.class, () -> refund(id, null));

        assertEquals(400L, part.getAmount());
        assertEquals(id, part.getPaymentIntent());
        assertEquals("succeeded", part.getStatus());
        assertEquals(400L, afterPart.getAmountRefunded());
        assertFalse(afterPart.getRefunded());
        assertEquals("amount_too_large", tooMuch.getCode());
        assertEquals(600L, rest.getAmount());
        assertEquals(1000L, afterRest.getAmountRefunded());
        assertTrue(afterRest.getRefunded());
        assertEquals(List.of(rest.getId(), part.getId()),
                afterRest.getRefunds().getData().stream().map(com.stripe.model.Refund::getId).toList());
        assertEquals("charge_already_refunded", nothingLeft.getCode());
        assertEquals(2, stripe.created("refund"));
    }

    @Test
    void aReplayedTransferPaysTheMemberOnce() throws StripeException {
        RequestOptions attempt = RequestOptions.builder().setIdempotencyKey("payout-inv-9-member-3").build();
        TransferCreateParams payout = TransferCreateParams.builder().setAmount(850L).setCurrency("gbp")
                .setDestination("acct_member3").setTransferGroup("invoice-9").putMetadata("member_id", "3").build();

        var first = client.v1().transfers().create(payout, attempt);
        var again = client.v1().transfers().create(payout, attempt);

        assertEquals(first.getId(), again.getId());
        assertEquals(1, stripe.created("transfer"));
        Transfer logged = stripe.transfers().get(0);
        assertEquals(1, stripe.transfers().size());
        assertEquals(new Transfer(first.getId(), 850L, "gbp", "acct_member3", "invoice-9", null,
                java.util.Map.of("member_id", "3"), "payout-inv-9-member-3"), logged);
    }

    @Test
    void transfersAreListedByGroupNewestFirstAPageAtATime() throws StripeException {
        List<String> made = new java.util.ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            made.add(transfer("payout-p" + n, "payout-run-r1", "p" + n).getId());
        }
        transfer("payout-q1", "payout-run-r2", "q1");
        TransferListParams runOne = TransferListParams.builder().setTransferGroup("payout-run-r1").setLimit(2L).build();

        StripeCollection<com.stripe.model.Transfer> page = client.v1().transfers().list(runOne);
        assertEquals(List.of(made.get(4), made.get(3)), page.getData().stream().map(t -> t.getId()).toList());
        assertTrue(page.getHasMore());
        List<String> all = new java.util.ArrayList<>();
        page.autoPagingIterable().forEach(transfer -> all.add(transfer.getId()));
        assertEquals(List.of(made.get(4), made.get(3), made.get(2), made.get(1), made.get(0)), all,
                "every page, each transfer once");
        assertEquals("p5", page.getData().get(0).getMetadata().get("payout_id"), "with the metadata it was made with");
        assertEquals(1, client.v1().transfers().list(TransferListParams.builder().setTransferGroup("payout-run-r2")
                .build()).getData().size());
        var none = client.v1().transfers().list(TransferListParams.builder().setTransferGroup("nothing").build());
        assertEquals(List.of(), none.getData());
        assertFalse(none.getHasMore());
        assertThrows(InvalidRequestException.class, () -> client.v1().transfers()
                .list(TransferListParams.builder().setLimit(101L).build()));
    }

    @Test
    void afterADayAKeyIsForgottenAndTheSameRequestIsMadeAgain() throws StripeException {
        String first = transfer("payout-p1", "payout-run-r1", "p1").getId();
        assertEquals(first, transfer("payout-p1", "payout-run-r1", "p1").getId(), "replayed within the day");

        stripe.forgetIdempotencyKeys();

        assertFalse(first.equals(transfer("payout-p1", "payout-run-r1", "p1").getId()));
        assertEquals(2, stripe.transfers().size(), "what the application must never let happen to a member");
    }

    @Test
    void aLostAnswerLeavesTheTransferMadeAndItsKeyReplaysIt() throws StripeException {
        stripe.loseAnswerTo("payout-p1");

        assertThrows(ApiException.class, () -> transfer("payout-p1", "payout-run-r1", "p1"));
        assertEquals(1, stripe.transfers().size(), "made, though the application never heard");
        var retried = transfer("payout-p1", "payout-run-r1", "p1");
        assertEquals(stripe.transfers().get(0).id(), retried.getId());
        assertEquals(1, stripe.transfers().size());
    }

    private com.stripe.model.Transfer transfer(String key, String group, String payoutId) throws StripeException {
        return client.v1().transfers().create(TransferCreateParams.builder().setAmount(850L).setCurrency("gbp")
                .setDestination("acct_member").setTransferGroup(group).putMetadata("payout_id", payoutId).build(),
                RequestOptions.builder().setIdempotencyKey(key).build());
    }

    @Test
    void heldEventsAreDeliveredWhenAndAsOftenAsTheTestSays() throws Exception {
        stripe.autoDeliver(false);
        String id = client.v1().paymentIntents().create(intent(1000L, "inv-10")).getId();
        stripe.succeed(id);
        FakeEvent succeeded = stripe.events("payment_intent.succeeded").get(0);

        assertEquals(200, stripe.deliver(succeeded));
        assertEquals(200, stripe.deliver(succeeded));

        assertEquals(succeeded.id(), receiver.next().getId());
        assertEquals(succeeded.id(), receiver.next().getId());
        assertNull(receiver.received.poll(200, TimeUnit.MILLISECONDS));
        assertEquals(List.of(new Delivery(succeeded.id(), "payment_intent.succeeded", 200),
                new Delivery(succeeded.id(), "payment_intent.succeeded", 200)), stripe.deliveries());
    }

    @Test
    void aSignatureFromLongAgoDoesNotVerify() {
        String payload = "{\"id\":\"evt_forged\"}";
        long anHourAgo = Instant.now().minusSeconds(3600).getEpochSecond();

        assertThrows(SignatureVerificationException.class,
                () -> Webhook.constructEvent(payload, stripe.sign(payload, anHourAgo), WEBHOOK_SECRET));
    }

    @Test
    void resetForgetsEverything() throws StripeException {
        stripe.autoDeliver(false);
        String id = client.v1().paymentIntents().create(intent(1000L, "inv-11"),
                RequestOptions.builder().setIdempotencyKey("k").build()).getId();
        stripe.succeed(id);

        stripe.reset();

        assertEquals(List.of(), stripe.paymentIntentIds());
        assertEquals(List.of(), stripe.events());
        assertEquals(0, stripe.created("payment_intent"));
        assertNotNull(client.v1().paymentIntents().create(intent(2000L, "inv-11"),
                RequestOptions.builder().setIdempotencyKey("k").build()).getId());
    }

    private StripeClient clientWithKey(String key) {
        return StripeClient.builder().setApiKey(key).setApiBase(stripe.apiBase()).build();
    }

    private static PaymentIntentCreateParams intent(long amount, String invoiceId) {
        return PaymentIntentCreateParams.builder().setAmount(amount).setCurrency("gbp")
                .putMetadata("invoice_id", invoiceId)
                .setAutomaticPaymentMethods(
                        PaymentIntentCreateParams.AutomaticPaymentMethods.builder().setEnabled(true).build())
                .build();
    }

    private com.stripe.model.Refund refund(String paymentIntentId, Long amount) throws StripeException {
        return client.v1().refunds().create(
                RefundCreateParams.builder().setPaymentIntent(paymentIntentId).setAmount(amount).build());
    }

    private static Charge refundedCharge(Event event) {
        assertEquals("charge.refunded", event.getType());
        return (Charge) event.getDataObjectDeserializer().getObject().orElseThrow();
    }

    /** Stands in for the application's webhook endpoint: verifies what arrives as the application would. */
    private static final class Receiver {

        private record Received(String body, String signature) {
        }

        private final HttpServer server;
        private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/webhook", exchange -> {
                try (exchange) {
                    received.add(new Received(
                            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                            exchange.getRequestHeaders().getFirst("Stripe-Signature")));
                    exchange.sendResponseHeaders(200, -1);
                }
            });
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhook");
        }

        /** The next event to arrive, verified with the webhook secret. */
        Event next() throws Exception {
            Received next = received.poll(10, TimeUnit.SECONDS);
            assertNotNull(next, "No webhook arrived");
            return Webhook.constructEvent(next.body(), next.signature(), WEBHOOK_SECRET);
        }

        void stop() {
            server.stop(0);
        }
    }
}
