package coop.market.web.support.stripe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Customers, the setup intents that save cards on them, and the cards (payment methods) saved: made by the
 * application, completed by the test standing in for the card holder ({@link #completeSetup}). A card ending
 * {@link #DECLINED} is declined and one ending {@link #NEEDS_AUTHENTICATION} wants its holder to confirm, as
 * Stripe's test cards 4000 0000 0000 0002 and 4000 0025 0000 3155 do. Not thread-safe: {@link Account} guards it.
 */
final class SavedCards {

    static final String DECLINED = "0002";
    static final String NEEDS_AUTHENTICATION = "3155";

    private final ObjectStore store;
    private final EventLog events;

    SavedCards(ObjectStore store, EventLog events) {
        this.store = store;
        this.events = events;
    }

    Map<String, Object> createCustomer(ApiRequest request) {
        Params params = request.read().allowOnly(Set.of("email", "name", "metadata", "expand"));
        Map<String, Object> customer = store.create("customer", "cus");
        customer.put("email", params.string("email"));
        customer.put("name", params.string("name"));
        customer.put("metadata", params.metadata());
        customer.put("invoice_settings", Map.of());
        return customer;
    }

    Map<String, Object> createSetupIntent(ApiRequest request) {
        Params params = request.read().allowOnly(Set.of("customer", "usage", "metadata", "automatic_payment_methods",
                "expand"));
        String customer = params.string("customer");
        if (customer != null) {
            store.require("customer", customer, "customer");
        }
        String usage = params.string("usage") == null ? "off_session" : params.string("usage");
        if (!Set.of("on_session", "off_session").contains(usage)) {
            throw StripeError.invalid("usage", "Invalid usage: must be one of on_session or off_session");
        }
        Map<String, Object> setup = store.create("setup_intent", "seti");
        setup.put("client_secret", setup.get("id") + "_secret_" + Ids.random(25));
        setup.put("customer", customer);
        setup.put("last_setup_error", null);
        setup.put("metadata", params.metadata());
        setup.put("payment_method", null);
        setup.put("payment_method_types", java.util.List.of("card"));
        setup.put("status", "requires_payment_method");
        setup.put("usage", usage);
        return setup;
    }

    Map<String, Object> retrievePaymentMethod(String id) {
        Map<String, Object> method = store.find("payment_method", id);
        if (method == null) {
            throw StripeError.noSuch(404, "payment_method", id, "payment_method");
        }
        return method;
    }

    /** The card holder saves a card through the setup: a card attached to its customer, then the event. */
    String completeSetup(String setupIntentId, String brand, String last4) {
        Map<String, Object> setup = store.find("setup_intent", setupIntentId);
        if (setup == null) {
            throw new IllegalArgumentException("No setup intent " + setupIntentId);
        }
        if (!"requires_payment_method".equals(setup.get("status"))) {
            throw new IllegalStateException("Setup intent " + setupIntentId + " is " + setup.get("status"));
        }
        Map<String, Object> method = store.create("payment_method", "pm");
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("brand", brand);
        card.put("country", "GB");
        card.put("exp_month", 12L);
        card.put("exp_year", 2034L);
        card.put("funding", "credit");
        card.put("last4", last4);
        method.put("card", card);
        method.put("customer", setup.get("customer"));
        method.put("metadata", Map.of());
        method.put("type", "card");
        setup.put("payment_method", method.get("id"));
        setup.put("status", "succeeded");
        events.emit("setup_intent.succeeded", setup, null);
        return (String) method.get("id");
    }

    /**
     * Why this saved card cannot be charged with its holder away (null if it can): Stripe's 402 card error, which
     * names the payment intent it made.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> refusal(String paymentMethodId, String customer) {
        Map<String, Object> method = store.require("payment_method", paymentMethodId, "payment_method");
        if (customer == null || !customer.equals(method.get("customer"))) {
            throw StripeError.invalid("payment_method", "The provided PaymentMethod was previously used with a"
                    + " PaymentIntent without Customer attachment, or is attached to another Customer.");
        }
        String last4 = (String) ((Map<String, Object>) method.get("card")).get("last4");
        Map<String, Object> error = new LinkedHashMap<>();
        if (DECLINED.equals(last4)) {
            error.put("code", "card_declined");
            error.put("decline_code", "generic_decline");
            error.put("message", "Your card was declined.");
        } else if (NEEDS_AUTHENTICATION.equals(last4)) {
            error.put("code", "authentication_required");
            error.put("decline_code", "authentication_required");
            error.put("message", "Your card was declined. This transaction requires authentication.");
        } else {
            return null;
        }
        error.put("payment_method", method);
        error.put("type", "card_error");
        return error;
    }
}
