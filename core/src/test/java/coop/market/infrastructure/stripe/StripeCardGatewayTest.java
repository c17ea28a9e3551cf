package coop.market.infrastructure.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stripe.Stripe;
import coop.market.application.Settings;
import coop.market.domain.cardpayment.CardEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Reading Stripe's webhook events into our words, and only when Stripe signed them. */
class StripeCardGatewayTest {

    private static final String SECRET = "whsec_unit";
    private final StripeCardGateway gateway = new StripeCardGateway(StripeSettings.from(new Settings(
            Map.of("STRIPE_SECRET_KEY", "sk_test_unit", "STRIPE_WEBHOOK_SECRET", SECRET))));

    @Test
    void cardPaymentsAreOnOnlyWithBothKeys() {
        assertTrue(gateway.enabled());
        assertFalse(new StripeCardGateway(StripeSettings.from(new Settings(Map.of()))).enabled());
        assertFalse(new StripeCardGateway(StripeSettings.from(new Settings(
                Map.of("STRIPE_SECRET_KEY", "sk_test_unit")))).enabled(), "no webhook secret: off");
        assertFalse(new StripeCardGateway(StripeSettings.from(new Settings(
                Map.of("STRIPE_SECRET_KEY", " ", "STRIPE_WEBHOOK_SECRET", SECRET)))).enabled(), "blank: off");
    }

    @Test
    void aSucceededPaymentIntentBecomesItsTotalsAndOurId() throws Exception {
        String payload = event("evt_1", "payment_intent.succeeded", """
                {"id": "pi_1", "object": "payment_intent", "amount": 4500, "amount_received": 4500,
                 "currency": "gbp", "status": "succeeded", "latest_charge": "ch_1",
                 "metadata": {"card_payment_id": "cp-1", "invoice_id": "inv-1"}}""");

        CardEvent event = gateway.readEvent(payload, sign(payload, Instant.now().getEpochSecond()));

        assertEquals(new CardEvent("evt_1", CardEvent.Kind.SUCCEEDED, "cp-1", "pi_1", 4500, 0, "ch_1", null), event);
    }

    @Test
    void aSetupWithoutItsCardIsNotASavedCard() throws Exception {
        String payload = event("evt_s", "setup_intent.succeeded", """
                {"id": "seti_1", "object": "setup_intent", "customer": "cus_1", "payment_method": null,
                 "status": "succeeded", "usage": "off_session", "metadata": {"customer_id": "cust-1"}}""");

        CardEvent event = gateway.readEvent(payload, sign(payload, Instant.now().getEpochSecond()));

        assertEquals(CardEvent.Kind.OTHER, event.kind());
    }

    @Test
    void aDeclineCarriesStripesReason() throws Exception {
        String payload = event("evt_2", "payment_intent.payment_failed", """
                {"id": "pi_2", "object": "payment_intent", "amount": 4500, "amount_received": 0,
                 "currency": "gbp", "status": "requires_payment_method",
                 "last_payment_error": {"message": "Your card was declined.", "code": "card_declined"},
                 "metadata": {"card_payment_id": "cp-2"}}""");

        CardEvent event = gateway.readEvent(payload, sign(payload, Instant.now().getEpochSecond()));

        assertEquals(CardEvent.Kind.FAILED, event.kind());
        assertEquals("Your card was declined.", event.failure());
        assertEquals(0, event.amountReceived());
    }

    @Test
    void aRefundedChargeCarriesWhatWentBackSoFar() throws Exception {
        String payload = event("evt_3", "charge.refunded", """
                {"id": "ch_3", "object": "charge", "amount": 4500, "amount_captured": 4500, "amount_refunded": 800,
                 "currency": "gbp", "paid": true, "refunded": false, "payment_intent": "pi_3", "metadata": {}}""");

        CardEvent event = gateway.readEvent(payload, sign(payload, Instant.now().getEpochSecond()));

        assertEquals(new CardEvent("evt_3", CardEvent.Kind.REFUNDED, null, "pi_3", 4500, 800, "ch_3", null), event);
    }

    @Test
    void otherEventsAreLeftAlone() throws Exception {
        String payload = event("evt_4", "customer.created", "{\"id\": \"cus_1\", \"object\": \"customer\"}");

        CardEvent event = gateway.readEvent(payload, sign(payload, Instant.now().getEpochSecond()));

        assertEquals(CardEvent.Kind.OTHER, event.kind());
        assertNull(event.intentId());
    }

    @Test
    void aWrongStaleOrMissingSignatureIsRefused() throws Exception {
        String payload = event("evt_5", "payment_intent.succeeded", "{\"id\": \"pi_5\", \"object\": \"payment_intent\"}");
        long now = Instant.now().getEpochSecond();

        assertThrows(IllegalArgumentException.class, () -> gateway.readEvent(payload, "t=" + now + ",v1=00"));
        assertThrows(IllegalArgumentException.class, () -> gateway.readEvent(payload, sign(payload, now - 3600)));
        assertThrows(IllegalArgumentException.class, () -> gateway.readEvent(payload, ""));
        assertThrows(IllegalArgumentException.class,
                () -> gateway.readEvent(payload.replace("pi_5", "pi_6"), sign(payload, now)), "body changed");
    }

    private static String event(String id, String type, String object) {
        return """
                {"id": "%s", "object": "event", "api_version": "%s", "created": 1767225600, "livemode": false,
                 "pending_webhooks": 1, "type": "%s", "data": {"object": %s}}""".formatted(id, Stripe.API_VERSION,
                type, object);
    }

    /** Signs as Stripe does: HMAC-SHA256 of "timestamp.body" with the endpoint's secret. */
    private static String sign(String payload, long timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
    }
}
