package coop.market.web.support.stripe;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything one Stripe account holds, behind one lock: API calls from the application and the
 * tests' own controls take turns, so no two requests with one idempotency key both create objects
 * and a test never sees an object half made. The lock is never held while a webhook is being sent.
 */
final class Account {

    private final ObjectStore store = new ObjectStore();
    private final EventLog events;
    private final Idempotency idempotency = new Idempotency();
    private final SavedCards savedCards;
    private final PaymentIntents paymentIntents;
    private final Refunds refunds;
    private final Transfers transfers;
    private final Set<String> answersToLose = new HashSet<>();
    private final Set<String> pathsToLose = new HashSet<>();

    Account(Consumer<FakeEvent> emitted) {
        events = new EventLog(emitted);
        savedCards = new SavedCards(store, events);
        paymentIntents = new PaymentIntents(store, events, savedCards);
        refunds = new Refunds(store, events);
        transfers = new Transfers(store);
    }

    synchronized ApiResponse handle(ApiRequest request) {
        try {
            ApiResponse answer = idempotency.answer(request, () -> run(request));
            boolean lost = request.method().equals("POST") && pathsToLose.remove(request.path());
            if (lost || request.idempotencyKey() != null && answersToLose.remove(request.idempotencyKey())) {
                return ApiResponse.error(new StripeError(500, "api_error", null, null,
                        "The answer to this request was lost (FakeStripe.loseAnswerTo); what it made stays made"));
            }
            return answer;
        } catch (StripeError e) {
            return ApiResponse.error(e);
        }
    }

    private ApiResponse run(ApiRequest request) {
        List<String> expand = request.read().expand();
        return ApiResponse.ok(store.expanded(route(request), expand));
    }

    private Map<String, Object> route(ApiRequest request) {
        String method = request.method();
        String path = request.path();
        String intentPrefix = "/v1/payment_intents/";
        if (method.equals("POST") && path.equals("/v1/payment_intents")) {
            return paymentIntents.create(request);
        }
        if (method.equals("GET") && path.startsWith(intentPrefix) && path.indexOf('/', intentPrefix.length()) < 0) {
            return paymentIntents.retrieve(request, path.substring(intentPrefix.length()));
        }
        if (method.equals("POST") && path.equals("/v1/customers")) {
            return savedCards.createCustomer(request);
        }
        if (method.equals("POST") && path.equals("/v1/setup_intents")) {
            return savedCards.createSetupIntent(request);
        }
        String methodPrefix = "/v1/payment_methods/";
        if (method.equals("GET") && path.startsWith(methodPrefix) && path.indexOf('/', methodPrefix.length()) < 0) {
            request.read().allowOnly(Set.of("expand"));
            return savedCards.retrievePaymentMethod(path.substring(methodPrefix.length()));
        }
        if (method.equals("POST") && path.equals("/v1/refunds")) {
            return refunds.create(request);
        }
        if (method.equals("POST") && path.equals("/v1/transfers")) {
            return transfers.create(request);
        }
        if (method.equals("GET") && path.equals("/v1/transfers")) {
            return transfers.list(request);
        }
        throw new StripeError(404, "invalid_request_error", null, null, "Unrecognized request URL (" + method + ": "
                + path + "). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.");
    }

    synchronized void succeed(String paymentIntentId) {
        paymentIntents.succeed(paymentIntentId);
    }

    synchronized String completeSetup(String setupIntentId, String brand, String last4) {
        return savedCards.completeSetup(setupIntentId, brand, last4);
    }

    synchronized void fail(String paymentIntentId, String message) {
        paymentIntents.fail(paymentIntentId, message);
    }

    synchronized List<PaymentIntent> paymentIntents() {
        return paymentIntents.all();
    }

    synchronized List<Transfer> transfers() {
        return transfers.log();
    }

    synchronized int created(String objectType) {
        return store.created(objectType);
    }

    synchronized List<FakeEvent> events() {
        return events.all();
    }

    synchronized void loseAnswerTo(String idempotencyKey) {
        answersToLose.add(idempotencyKey);
    }

    synchronized void loseNextAnswerTo(String path) {
        pathsToLose.add(path);
    }

    synchronized void forgetIdempotencyKeys() {
        idempotency.clear();
    }

    synchronized void clear() {
        store.clear();
        events.clear();
        idempotency.clear();
        transfers.clear();
        answersToLose.clear();
        pathsToLose.clear();
    }
}
