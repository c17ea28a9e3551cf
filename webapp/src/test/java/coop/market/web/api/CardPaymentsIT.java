package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stripe.StripeClient;
import com.stripe.param.RefundCreateParams;
import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Mailbox;
import coop.market.web.support.Trader;
import coop.market.web.support.stripe.FakeEvent;
import coop.market.web.support.stripe.FakeStripe;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Paying invoices by card through Stripe (the tests' fake): one payment per intent however often the
 * customer clicks Pay, the webhook settles it whatever order its events come in and however often, and
 * refunds go through Stripe and come back as credit notes.
 */
class CardPaymentsIT extends ArquillianIT {

    private FakeStripe stripe;

    @BeforeEach
    void listenToStripe() {
        stripe = cleanStripe();
    }

    @Test
    void aCustomerPaysByCardAndStaffRefundPartOfIt() throws Exception {
        String email = Api.uniqueEmail("cardholder");
        String customer = signUp(email, null);
        Trader ida = newTrader("Ida Ives", "cleaning");
        Trader jo = newTrader("Jo Jones", "gardening");
        done(ida, customer, LocalDate.now(LONDON).minusDays(2) + "T10:00", 90);
        done(jo, customer, LocalDate.now(LONDON).minusDays(1) + "T10:00", 60);
        String invoice = invoiceOf(customer).getString("id");
        Api theCustomer = anonymous().as(email, PASSWORD);

        var started = theCustomer.post("/invoices/" + invoice + "/card-payment", "");
        assertEquals(200, started.status(), started.toString());
        String secret = started.object().getString("clientSecret");
        var again = theCustomer.post("/invoices/" + invoice + "/card-payment", "");
        assertEquals(secret, again.object().getString("clientSecret"), "a second click pays the same payment");
        var intent = stripe.lastPaymentIntentWithMetadata("invoice_id", invoice);
        assertEquals(4500, intent.amount());
        assertEquals(1, stripe.created("payment_intent"));
        assertEquals(404, anonymous().asCustomer().post("/invoices/" + invoice + "/card-payment", "").status());

        long cardClearing = balance("card-clearing");
        stripe.fail(intent.id(), "Your card was declined.");
        stripe.succeed(intent.id());
        stripe.awaitDeliveries(Duration.ofSeconds(10));

        JsonObject paid = staff().get("/invoices/" + invoice).object();
        assertEquals("PAID", paid.getString("status"));
        List<JsonObject> payments = staff().get("/invoices/" + invoice + "/payments").array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, payments.size());
        assertEquals("CARD", payments.get(0).getString("method"));
        assertEquals(intent.id(), payments.get(0).getString("reference"));
        assertEquals(cardClearing + 4500, balance("card-clearing"));
        assertEquals(-2700, balance("payable:" + ida.id()));
        JsonObject attempt = theCustomer.get("/invoices/" + invoice + "/card-payments").array().getJsonObject(0);
        assertEquals("SUCCEEDED", attempt.getString("status"));
        assertEquals(409, theCustomer.post("/invoices/" + invoice + "/card-payment", "").status(), "nothing due");

        var tooMuch = refund(invoice, 4501, "Too much");
        assertEquals(409, tooMuch.status(), tooMuch.toString());
        var refunded = refund(invoice, 900, "One visit was cut short");
        assertEquals(202, refunded.status(), refunded.toString());
        stripe.awaitDeliveries(Duration.ofSeconds(10));

        List<JsonObject> notes = staff().get("/invoices/" + invoice + "/credit-notes").array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, notes.size(), notes.toString());
        assertEquals("One visit was cut short", notes.get(0).getString("reason"));
        assertEquals(900, notes.get(0).getJsonObject("refunded").getInt("minor"));
        JsonObject after = staff().get("/invoices/" + invoice).object();
        assertEquals("PAID", after.getString("status"));
        assertEquals(0, after.getJsonObject("amountDue").getInt("minor"));
        assertEquals(cardClearing + 4500 - 900, balance("card-clearing"));
        assertEquals(-(2700 - 540), balance("payable:" + ida.id()), "27/45 of the refund comes off Ida's share");
        assertEquals(-(1800 - 360), balance("payable:" + jo.id()));
        assertTrue(staff().get("/ledger/trial-balance").object().getBoolean("balanced"));
        Mailbox.waitForSubject(email, subject -> subject.startsWith("Credit note "), Duration.ofSeconds(20));
    }

    @Test
    void everyEventDeliveredThreeTimesInAnyOrderPaysEachIntentOnce() throws Exception {
        stripe.autoDeliver(false);
        List<String> invoices = new ArrayList<>();
        List<String> intents = new ArrayList<>();
        List<Trader> traders = List.of(newTrader("Kit Kerr", "cleaning"), newTrader("Lou Lane", "gardening"));
        for (int i = 0; i < 3; i++) {
            String email = Api.uniqueEmail("shuffle");
            String customer = signUp(email, null);
            done(traders.get(i % 2), customer, LocalDate.now(LONDON).minusDays(1 + i) + "T09:00", 60 + 30 * i);
            String invoice = invoiceOf(customer).getString("id");
            invoices.add(invoice);
            assertEquals(200, anonymous().as(email, PASSWORD).post("/invoices/" + invoice + "/card-payment", "")
                    .status());
            String intent = stripe.lastPaymentIntentWithMetadata("invoice_id", invoice).id();
            intents.add(intent);
            stripe.fail(intent, "Insufficient funds.");
            stripe.succeed(intent);
        }
        // Refunds made in Stripe's dashboard, before the co-op has heard of the payments at all.
        StripeClient dashboard = StripeClient.builder().setApiKey(FakeStripe.SECRET_KEY)
                .setApiBase(stripe.apiBase()).build();
        dashboard.v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(intents.get(1))
                .setAmount(500L).build());
        dashboard.v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(intents.get(1))
                .setAmount(300L).build());
        dashboard.v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(intents.get(2)).build());

        List<FakeEvent> deliveries = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            deliveries.addAll(stripe.events());
        }
        Collections.shuffle(deliveries, new Random(20261123L));
        for (FakeEvent event : deliveries) {
            assertEquals(200, stripe.deliver(event), event.type());
        }

        for (String invoice : invoices) {
            assertEquals(1, staff().get("/invoices/" + invoice + "/payments").array().size(), invoice);
            assertEquals("SUCCEEDED", staff().get("/invoices/" + invoice + "/card-payments").array()
                    .getJsonObject(0).getString("status"), "a decline after the payment changes nothing");
        }
        assertEquals("PAID", staff().get("/invoices/" + invoices.get(0)).object().getString("status"));
        List<JsonObject> notes = staff().get("/invoices/" + invoices.get(1) + "/credit-notes").array()
                .getValuesAs(JsonObject.class);
        assertEquals(800, notes.stream().mapToInt(n -> n.getJsonObject("refunded").getInt("minor")).sum(),
                notes.toString());
        assertEquals("CREDITED", staff().get("/invoices/" + invoices.get(2)).object().getString("status"),
                "refunded in full");
        assertTrue(staff().get("/ledger/trial-balance").object().getBoolean("balanced"));
    }

    @Test
    void aWebhookNotSignedByStripeIsRefusedAndChangesNothing() {
        String payload = "{\"id\":\"evt_forged\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\"}";
        long now = Instant.now().getEpochSecond();
        var forged = anonymous().postSigned("/stripe/webhook", payload, "t=" + now + ",v1=" + "0".repeat(64));
        assertEquals(400, forged.status(), forged.toString());
        var stale = anonymous().postSigned("/stripe/webhook", payload, stripe.sign(payload, now - 3600));
        assertEquals(400, stale.status(), "older than Stripe's five minutes");
        var unsigned = anonymous().postSigned("/stripe/webhook", payload, null);
        assertEquals(400, unsigned.status());
        var notOurs = anonymous().postSigned("/stripe/webhook", payload, stripe.sign(payload, now));
        assertEquals(200, notOurs.status(), "signed, but about nothing of ours: acknowledged");
        assertNotNull(notOurs.object().getString("outcome"));
    }

    private Api.Reply refund(String invoice, int pence, String reason) {
        return staff().post("/invoices/" + invoice + "/refunds", """
                {"amount": {"minor": %d, "currency": "GBP"}, "reason": "%s"}""".formatted(pence, reason));
    }
}
