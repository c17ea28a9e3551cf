package coop.market.web.support.stripe;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refunds of a paid intent's charge, in part or in full, never more than was paid. Not thread-safe:
 * {@link Account} guards it.
 */
final class Refunds {

    private static final Set<String> CREATE_PARAMS = Set.of("amount", "charge", "payment_intent", "metadata",
            "reason", "expand");
    private static final Set<String> REASONS = Set.of("duplicate", "fraudulent", "requested_by_customer");

    private final ObjectStore store;
    private final EventLog events;

    Refunds(ObjectStore store, EventLog events) {
        this.store = store;
        this.events = events;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> create(ApiRequest request) {
        Params params = request.read().allowOnly(CREATE_PARAMS);
        Map<String, Object> charge = chargeToRefund(params);
        long left = (Long) charge.get("amount") - (Long) charge.get("amount_refunded");
        if (left == 0) {
            throw StripeError.invalid("charge_already_refunded", null,
                    "Charge " + charge.get("id") + " has already been refunded.");
        }
        Long asked = params.amount();
        long amount = asked == null ? left : asked;
        if (amount > left) {
            throw StripeError.invalid("amount_too_large", "amount", "Refund amount (" + amount
                    + ") is greater than unrefunded amount on charge (" + left + ")");
        }
        String reason = params.string("reason");
        if (reason != null && !REASONS.contains(reason)) {
            throw StripeError.invalid("reason", "Invalid reason: must be one of " + REASONS);
        }
        Map<String, Object> refund = store.create("refund", "re");
        refund.put("amount", amount);
        refund.put("balance_transaction", Ids.next("txn"));
        refund.put("charge", charge.get("id"));
        refund.put("currency", charge.get("currency"));
        refund.put("metadata", params.metadata());
        refund.put("payment_intent", charge.get("payment_intent"));
        refund.put("reason", reason);
        refund.put("receipt_number", null);
        refund.put("status", "succeeded");

        long refunded = (Long) charge.get("amount_refunded") + amount;
        charge.put("amount_refunded", refunded);
        charge.put("refunded", refunded == (Long) charge.get("amount"));
        Map<String, Object> refunds = (Map<String, Object>) charge.get("refunds");
        ((List<Object>) refunds.get("data")).add(0, refund); // newest first, as Stripe lists them
        refunds.put("total_count", (Long) refunds.get("total_count") + 1);
        events.emit("charge.refunded", charge, request);
        return refund;
    }

    /** The charge named, or the one that paid the intent named; an intent not yet paid has none. */
    private Map<String, Object> chargeToRefund(Params params) {
        String intentId = params.string("payment_intent");
        String chargeId = params.string("charge");
        if (intentId == null && chargeId == null) {
            throw StripeError.invalid(null, "One of the following params should be provided for this request: "
                    + "payment_intent or charge.");
        }
        if (intentId != null) {
            Map<String, Object> intent = store.require("payment_intent", intentId, "payment_intent");
            if (!"succeeded".equals(intent.get("status"))) {
                throw StripeError.invalid("payment_intent", "This PaymentIntent (" + intentId
                        + ") does not have a successful charge to refund.");
            }
            if (chargeId != null && !chargeId.equals(intent.get("latest_charge"))) {
                throw StripeError.invalid("charge", "Charge " + chargeId + " does not belong to " + intentId);
            }
            chargeId = (String) intent.get("latest_charge");
        }
        Map<String, Object> charge = store.require("charge", chargeId, "charge");
        return charge;
    }
}
