package coop.market.web.support.stripe;

import java.util.Map;

/** A payment intent as the fake holds it at the moment it was asked for. Amounts are in pence. */
public record PaymentIntent(String id, long amount, String currency, String status, long amountReceived,
        String clientSecret, String latestCharge, Map<String, String> metadata) {

    @SuppressWarnings("unchecked")
    static PaymentIntent of(Map<String, Object> intent) {
        return new PaymentIntent((String) intent.get("id"), (Long) intent.get("amount"), (String) intent.get("currency"),
                (String) intent.get("status"), (Long) intent.get("amount_received"),
                (String) intent.get("client_secret"), (String) intent.get("latest_charge"),
                Map.copyOf((Map<String, String>) intent.get("metadata")));
    }
}
