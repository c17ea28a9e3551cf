package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Mailbox;
import coop.market.web.support.Trader;
import coop.market.web.support.stripe.FakeEvent;
import coop.market.web.support.stripe.FakeStripe;
import coop.market.web.support.stripe.PaymentIntent;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customer's saved card (through Stripe, the tests' fake): saved by Stripe's setup_intent.succeeded webhook, and
 * charged once when their invoice is issued, however often the invoice run or the charge is repeated; a card the
 * bank refuses leaves the invoice due and the customer is e-mailed to pay it themselves.
 */
class SavedCardsIT extends ArquillianIT {

    private FakeStripe stripe;

    @BeforeEach
    void listenToStripe() {
        stripe = cleanStripe();
    }

    @Test
    void aSavedCardPaysTheInvoiceOnceEvenWhenTheRunAndTheChargeAreRepeated() {
        String email = Api.uniqueEmail("savedcard");
        String customer = signUp(email, null);
        Api me = anonymous().as(email, PASSWORD);
        assertEquals(404, me.get("/me/card").status(), "no card yet");

        String setup = saveCard(me, "visa", "4242");
        assertEquals("Visa ending 4242", me.get("/me/card").object().getString("card"));
        assertEquals(200, me.post("/me/card/setup", "").status());
        assertEquals(1, stripe.created("customer"), "one Stripe customer, however often a card is saved");
        assertEquals(200, stripe.deliver(stripe.events("setup_intent.succeeded").get(0)), "delivered again: no harm");
        assertEquals(2, stripe.created("setup_intent"));
        assertTrue(setup.startsWith("seti_"));

        Trader eve = newTrader("Eve Eddy", "cleaning");
        done(eve, customer, LocalDate.now(LONDON).minusDays(1) + "T10:00", 90);
        stripe.autoDeliver(false);
        stripe.loseNextAnswerTo("/v1/payment_intents");
        JsonObject invoice = invoiceOf(customer);
        String invoiceId = invoice.getString("id");
        assertEquals(2700, invoice.getJsonObject("amountDue").getInt("minor"));
        JsonObject waiting = me.get("/invoices/" + invoiceId + "/card-payments").array().getJsonObject(0);
        assertEquals("OPEN", waiting.getString("status"), "Stripe took it, but the answer was lost");
        assertEquals(409, me.post("/invoices/" + invoiceId + "/card-payment", "").status(),
                "the pay page does not take it a second time while the saved card is being charged");

        invoiceOf(customer);
        assertEquals(1, stripe.created("payment_intent"), "the run again: the same key, the same payment");
        PaymentIntent intent = stripe.lastPaymentIntentWithMetadata("invoice_id", invoiceId);
        assertEquals(waiting.getString("id"), intent.metadata().get("card_payment_id"));
        assertEquals("succeeded", intent.status());
        assertEquals(2700, intent.amountReceived());

        List<FakeEvent> events = stripe.events("payment_intent.succeeded");
        assertEquals(1, events.size());
        for (int copy = 0; copy < 3; copy++) {
            assertEquals(200, stripe.deliver(events.get(0)));
        }
        JsonObject paid = staff().get("/invoices/" + invoiceId).object();
        assertEquals("PAID", paid.getString("status"));
        List<JsonObject> payments = staff().get("/invoices/" + invoiceId + "/payments").array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, payments.size());
        assertEquals("CARD", payments.get(0).getString("method"));
        assertEquals(2700, payments.get(0).getJsonObject("amount").getInt("minor"));
        assertEquals(intent.id(), payments.get(0).getString("reference"));
        assertTrue(staff().get("/ledger/trial-balance").object().getBoolean("balanced"));
    }

    @Test
    void aRefusedCardLeavesTheInvoiceDueAndTellsTheCustomerAndARemovedCardIsNotCharged() throws Exception {
        String email = Api.uniqueEmail("declined");
        String customer = signUp(email, null);
        Api me = anonymous().as(email, PASSWORD);
        saveCard(me, "mastercard", "0002");
        assertEquals("Mastercard ending 0002", me.get("/me/card").object().getString("card"));
        Trader fay = newTrader("Fay Ford", "gardening");
        done(fay, customer, LocalDate.now(LONDON).minusDays(1) + "T10:00", 60);

        String invoiceId = invoiceOf(customer).getString("id");
        stripe.awaitDeliveries(Duration.ofSeconds(10));

        assertEquals(1, stripe.created("payment_intent"));
        assertEquals(1, stripe.events("payment_intent.payment_failed").size());
        JsonObject due = staff().get("/invoices/" + invoiceId).object();
        assertEquals("ISSUED", due.getString("status"));
        assertEquals(1800, due.getJsonObject("amountDue").getInt("minor"));
        assertEquals(0, staff().get("/invoices/" + invoiceId + "/payments").array().size());
        assertEquals("FAILED", me.get("/invoices/" + invoiceId + "/card-payments").array().getJsonObject(0)
                .getString("status"));
        String letter = Mailbox.text(Mailbox.waitForSubject(email,
                subject -> subject.startsWith("We could not take the money for invoice"), Duration.ofSeconds(20)));
        assertTrue(letter.contains("We tried to take £18.00 for our invoice"), letter);
        assertTrue(letter.contains("from Mastercard ending 0002. Your bank did not let us. No money was taken."),
                letter);
        assertTrue(letter.contains("choose Pay beside the invoice"), letter);
        assertEquals(200, me.post("/invoices/" + invoiceId + "/card-payment", "").status(),
                "the customer can still pay on the pay page");

        assertEquals(204, me.delete("/me/card").status());
        assertEquals(404, me.get("/me/card").status());
        done(fay, customer, LocalDate.now(LONDON).minusDays(1) + "T14:00", 60);
        invoiceOf(customer);
        assertEquals(2, stripe.created("payment_intent"), "only the pay page's: the removed card is not charged");
    }

    @Test
    void aChargeStillWaitingIsNotSentOnceTheInvoiceWasPaidAnotherWay() {
        String email = Api.uniqueEmail("paidcash");
        String customer = signUp(email, null);
        Api me = anonymous().as(email, PASSWORD);
        saveCard(me, "visa", "4242");
        Trader gil = newTrader("Gil Grant", "cleaning");
        done(gil, customer, LocalDate.now(LONDON).minusDays(1) + "T10:00", 60);
        stripe.autoDeliver(false);
        stripe.loseNextAnswerTo("/v1/payment_intents");
        String invoiceId = invoiceOf(customer).getString("id");
        assertEquals("OPEN", me.get("/invoices/" + invoiceId + "/card-payments").array().getJsonObject(0)
                .getString("status"), "the charge waits: Stripe's answer was lost");

        assertEquals(201, pay(invoiceId, "CASH", 1800).status(), "the customer paid in cash meanwhile");
        invoiceOf(customer);
        JsonObject attempt = me.get("/invoices/" + invoiceId + "/card-payments").array().getJsonObject(0);
        assertEquals("FAILED", attempt.getString("status"), "not sent again for money no longer owed");
        assertEquals("The amount due changed before the card was charged", attempt.getString("failure"));
        assertEquals(1, stripe.created("payment_intent"));
        assertEquals("PAID", staff().get("/invoices/" + invoiceId).object().getString("status"));
    }

    /** Saves a card as the customer's browser and Stripe.js would: the setup, then the card holder confirms it. */
    private String saveCard(Api customer, String brand, String last4) {
        var setup = customer.post("/me/card/setup", "");
        assertEquals(200, setup.status(), setup.toString());
        String setupIntent = setup.object().getString("setupIntentId");
        assertTrue(setup.object().getString("clientSecret").startsWith(setupIntent + "_secret_"));
        stripe.completeSetup(setupIntent, brand, last4);
        stripe.awaitDeliveries(Duration.ofSeconds(10));
        return setupIntent;
    }
}
