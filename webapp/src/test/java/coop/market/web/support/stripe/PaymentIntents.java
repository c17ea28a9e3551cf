package coop.market.web.support.stripe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Payment intents and the charges they make: created by the application, then paid or declined by
 * the test standing in for the card holder. Not thread-safe: {@link Account} guards it.
 */
final class PaymentIntents {

    private static final Set<String> CREATE_PARAMS = Set.of("amount", "currency", "automatic_payment_methods",
            "customer", "description", "metadata", "payment_method_types", "receipt_email",
            "statement_descriptor_suffix", "transfer_group", "expand", "payment_method", "off_session", "confirm");

    // Stripe's smallest charge per currency, in the smallest unit; others are not checked.
    private static final Map<String, Long> MINIMUM_AMOUNTS = Map.of("gbp", 30L, "eur", 50L, "usd", 50L);

    private final ObjectStore store;
    private final EventLog events;
    private final SavedCards savedCards;

    PaymentIntents(ObjectStore store, EventLog events, SavedCards savedCards) {
        this.store = store;
        this.events = events;
        this.savedCards = savedCards;
    }

    Map<String, Object> create(ApiRequest request) {
        Params params = request.read().allowOnly(CREATE_PARAMS);
        long amount = params.requiredAmount();
        String currency = params.currency();
        Long minimum = MINIMUM_AMOUNTS.get(currency);
        if (minimum != null && amount < minimum) {
            throw StripeError.invalid("amount_too_small", "amount",
                    String.format("Amount must be at least %d.%02d %s", minimum / 100, minimum % 100, currency));
        }
        Map<String, Object> intent = store.create("payment_intent", "pi");
        intent.put("amount", amount);
        intent.put("amount_capturable", 0L);
        intent.put("amount_received", 0L);
        intent.put("automatic_payment_methods", automaticPaymentMethods(params));
        intent.put("canceled_at", null);
        intent.put("capture_method", "automatic_async");
        intent.put("client_secret", intent.get("id") + "_secret_" + Ids.random(25));
        intent.put("confirmation_method", "automatic");
        intent.put("currency", currency);
        intent.put("customer", params.string("customer"));
        intent.put("description", params.string("description"));
        intent.put("last_payment_error", null);
        intent.put("latest_charge", null);
        intent.put("metadata", params.metadata());
        intent.put("next_action", null);
        intent.put("payment_method", null);
        List<String> paymentMethodTypes = params.strings("payment_method_types");
        intent.put("payment_method_types", paymentMethodTypes == null ? List.of("card") : paymentMethodTypes);
        intent.put("receipt_email", params.string("receipt_email"));
        intent.put("statement_descriptor_suffix", params.string("statement_descriptor_suffix"));
        intent.put("status", "requires_payment_method");
        intent.put("transfer_group", params.string("transfer_group"));
        if ("true".equals(params.string("confirm"))) {
            confirmAtOnce(intent, params.requiredString("payment_method"), request);
        }
        return intent;
    }

    /**
     * {@code confirm=true} with a saved card ({@code off_session=true}: its holder is not there): the card is
     * charged now, or refused with Stripe's 402 card error naming the intent, which is kept declined. Either way
     * the answer is the idempotency key's, so a retry gets the same intent and charges nothing more.
     */
    private void confirmAtOnce(Map<String, Object> intent, String paymentMethod, ApiRequest request) {
        Map<String, Object> refusal = savedCards.refusal(paymentMethod, (String) intent.get("customer"));
        intent.put("payment_method", paymentMethod);
        if (refusal == null) {
            paid(intent, paymentMethod, request);
            return;
        }
        intent.put("last_payment_error", refusal);
        intent.put("status", "requires_payment_method");
        events.emit("payment_intent.payment_failed", intent, request);
        throw StripeError.card(refusal, intent);
    }

    /** Stripe turns automatic payment methods on unless told which methods to use. */
    private static Map<String, Object> automaticPaymentMethods(Params params) {
        Map<String, Object> sent = params.hash("automatic_payment_methods");
        if (sent == null && params.strings("payment_method_types") != null) {
            return null;
        }
        Map<String, Object> automatic = new LinkedHashMap<>();
        automatic.put("allow_redirects", "always");
        automatic.put("enabled", sent == null || "true".equals(sent.get("enabled")));
        return automatic;
    }

    Map<String, Object> retrieve(ApiRequest request, String id) {
        request.read().allowOnly(Set.of("expand", "client_secret"));
        Map<String, Object> intent = store.find("payment_intent", id);
        if (intent == null) {
            throw StripeError.noSuch(404, "payment_intent", id, "intent");
        }
        return intent;
    }

    /** The card holder pays: the intent succeeds and makes a charge for the whole amount. */
    void succeed(String id) {
        paid(payable(id), Ids.next("pm"), null);
    }

    private void paid(Map<String, Object> intent, String paymentMethod, ApiRequest cause) {
        Map<String, Object> charge = chargeFor(intent, paymentMethod);
        intent.put("amount_received", intent.get("amount"));
        intent.put("last_payment_error", null);
        intent.put("latest_charge", charge.get("id"));
        intent.put("payment_method", paymentMethod);
        intent.put("status", "succeeded");
        events.emit("payment_intent.succeeded", intent, cause);
        events.emit("charge.succeeded", charge, cause);
    }

    private Map<String, Object> chargeFor(Map<String, Object> intent, String paymentMethod) {
        Map<String, Object> charge = store.create("charge", "ch");
        charge.put("amount", intent.get("amount"));
        charge.put("amount_captured", intent.get("amount"));
        charge.put("amount_refunded", 0L);
        charge.put("balance_transaction", Ids.next("txn"));
        charge.put("captured", true);
        charge.put("currency", intent.get("currency"));
        charge.put("customer", intent.get("customer"));
        charge.put("description", intent.get("description"));
        charge.put("failure_code", null);
        charge.put("failure_message", null);
        charge.put("metadata", intent.get("metadata"));
        charge.put("paid", true);
        charge.put("payment_intent", intent.get("id"));
        charge.put("payment_method", paymentMethod);
        charge.put("refunded", false);
        charge.put("refunds", ObjectStore.emptyList("/v1/charges/" + charge.get("id") + "/refunds"));
        charge.put("status", "succeeded");
        charge.put("transfer_group", intent.get("transfer_group"));
        return charge;
    }

    /** The card is declined: the intent waits for another payment method, as Stripe's does. */
    void fail(String id, String message) {
        Map<String, Object> intent = payable(id);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", "card_declined");
        error.put("decline_code", "generic_decline");
        error.put("message", message);
        error.put("type", "card_error");
        intent.put("last_payment_error", error);
        intent.put("status", "requires_payment_method");
        events.emit("payment_intent.payment_failed", intent, null);
    }

    private Map<String, Object> payable(String id) {
        Map<String, Object> intent = store.find("payment_intent", id);
        if (intent == null) {
            throw new IllegalArgumentException("No payment intent " + id);
        }
        if (!"requires_payment_method".equals(intent.get("status"))) {
            throw new IllegalStateException("Payment intent " + id + " is " + intent.get("status")
                    + ": only one that requires a payment method can be paid");
        }
        return intent;
    }

    List<PaymentIntent> all() {
        return store.all("payment_intent").stream().map(PaymentIntent::of).toList();
    }
}
