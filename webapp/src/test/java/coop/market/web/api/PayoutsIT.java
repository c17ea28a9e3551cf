package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Trader;
import coop.market.web.support.stripe.FakeStripe;
import coop.market.web.support.stripe.Transfer;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pay-out runs: each member's share of money received, less the co-op's contribution, paid once by a Stripe
 * transfer or a line in the bank file; members who asked the co-op to hold their money, or have no way to be
 * paid yet, are held back; executing again pays nobody twice.
 */
class PayoutsIT extends ArquillianIT {

    private final FakeStripe stripe = FakeStripe.shared();

    @BeforeEach
    void noRunLeftOpen() {
        stripe.reset();
        stripe.deliverTo(URI.create(base + "api/v1/stripe/webhook"));
        executeOpenPayoutRuns();
    }

    @Test
    void membersArePaidTheirShareLessTheContributionOnceByStripeOrBank() {
        Api admin = anonymous().as("admin@demo.coop", Api.DEMO_PASSWORD);
        var policy = admin.post("/contribution-policies", """
                {"effectiveFrom": "2020-01-06", "bands": [{"from": {"minor": 0, "currency": "GBP"}, "ratePercent": 0},
                 {"from": {"minor": 2000, "currency": "GBP"}, "ratePercent": 10}]}""");
        assertTrue(policy.status() == 201 || policy.status() == 409, policy.toString());

        Trader ida = newTrader("Ida Ingram", "cleaning");
        Trader jo = newTrader("Jo Jarvis", "gardening");
        Trader kit = newTrader("Kit Keane", "cleaning");
        Trader lou = newTrader("Lou Lowe", "gardening");
        setMethod(ida, """
                {"method": "STRIPE", "stripeAccount": "acct_ida1", "frequency": "WEEKLY"}""");
        var bank = setMethod(jo, """
                {"method": "BANK_TRANSFER", "accountName": "Jo Jarvis", "sortCode": "12-34-56",
                 "accountNumber": "1234 5678", "frequency": "MONTHLY"}""");
        assertEquals("**-**-56", bank.getString("sortCode"));
        assertEquals("****5678", bank.getString("accountNumber"));
        assertFalse(staff().get("/members/" + jo.id() + "/payout-method").body().contains("12345678"));
        setMethod(kit, """
                {"method": "STRIPE", "stripeAccount": "acct_kit1", "frequency": "HOLD"}""");
        setMethod(lou, """
                {"method": "STRIPE", "stripeAccount": "acct_lou1"}""");
        var waived = staff().post("/members/" + lou.id() + "/contribution-overrides", """
                {"from": "2020-01-01", "ratePercent": 0, "reason": "New member: first three months free"}""");
        assertEquals(201, waived.status(), waived.toString());

        String customer = signUp(Api.uniqueEmail("payer"), null);
        LocalDate yesterday = LocalDate.now(LONDON).minusDays(1);
        done(ida, customer, yesterday + "T09:00", 90);
        done(jo, customer, yesterday + "T11:00", 60);
        done(kit, customer, yesterday + "T13:00", 60);
        done(lou, customer, yesterday + "T15:00", 120);
        JsonObject invoice = invoiceOf(customer);
        assertEquals(201, pay(invoice.getString("id"), "BANK_TRANSFER",
                invoice.getJsonObject("total").getInt("minor")).status());
        long contributions = balance("contribution-income");

        var made = staff().post("/payout-runs", "{\"periodEnd\": \"%s\"}".formatted(LocalDate.now(LONDON)));
        assertEquals(201, made.status(), made.toString());
        JsonObject run = made.object();
        String runId = run.getString("id");
        assertEquals("DRAFT", run.getString("status"));
        Map<String, JsonObject> payouts = byMember(run);
        assertPayout(payouts.get(ida.id()), 2700, 70, 2630, "STRIPE");
        assertPayout(payouts.get(jo.id()), 1800, 0, 1800, "BANK_TRANSFER");
        assertPayout(payouts.get(lou.id()), 3600, 0, 3600, "STRIPE");
        assertNull(payouts.get(kit.id()), "Kit asked the co-op to hold their money");
        assertTrue(run.getJsonArray("held").getValuesAs(JsonObject.class).stream().anyMatch(
                h -> h.getString("memberId").equals(kit.id()) && h.getString("reason").equals("MEMBER_ASKED_TO_HOLD")
                        && h.getJsonObject("amount").getInt("minor") == 1800));
        assertEquals(409, staff().post("/payout-runs", "{\"periodEnd\": \"%s\"}".formatted(LocalDate.now(LONDON)))
                .status(), "one open run at a time");
        assertEquals(409, staff().getDocument("/payout-runs/" + runId + "/bank-file", "text/csv").status(), "no bank file before paying");
        assertEquals(0, stripe.created("transfer"), "a draft pays nobody");

        var approved = staff().post("/payout-runs/" + runId + "/approve", "");
        assertEquals("APPROVED", approved.object().getString("status"), approved.toString());
        var executed = staff().post("/payout-runs/" + runId + "/execute", "");
        assertEquals(200, executed.status(), executed.toString());
        assertEquals("EXECUTED", executed.object().getString("status"));
        payouts = byMember(executed.object());
        assertEquals("PAID", payouts.get(ida.id()).getString("status"));
        assertEquals("IN_BANK_FILE", payouts.get(jo.id()).getString("status"));

        Map<String, Transfer> transfers = stripe.transfers().stream()
                .collect(Collectors.toMap(Transfer::destination, Function.identity()));
        assertEquals(2, transfers.size(), transfers.toString());
        Transfer toIda = transfers.get("acct_ida1");
        assertEquals(2630, toIda.amount());
        assertEquals("payout-run-" + runId, toIda.transferGroup());
        assertEquals("payout-" + payouts.get(ida.id()).getString("id"), toIda.idempotencyKey());
        assertEquals(3600, transfers.get("acct_lou1").amount());

        var file = staff().getDocument("/payout-runs/" + runId + "/bank-file", "text/csv");
        assertEquals(200, file.status(), file.toString());
        assertTrue(file.contentType().startsWith("text/csv"), file.contentType());
        List<String> lines = file.body().lines().toList();
        assertEquals("name,sort_code,account_number,amount,reference", lines.get(0));
        assertEquals(2, lines.size(), file.body());
        assertTrue(lines.get(1).startsWith("JO JARVIS,12-34-56,12345678,18.00,"), lines.get(1));

        var again = staff().post("/payout-runs/" + runId + "/execute", "");
        assertEquals(200, again.status(), again.toString());
        assertEquals(2, stripe.transfers().size(), "executing again pays nobody twice");
        assertEquals(file.body(), staff().getDocument("/payout-runs/" + runId + "/bank-file", "text/csv").body());

        assertEquals(0, balance("payable:" + ida.id()), "everything received for Ida is paid out");
        assertEquals(-1800, balance("payable:" + kit.id()), "Kit's money is still held");
        assertEquals(contributions - 70, balance("contribution-income"));
        assertTrue(staff().get("/ledger/trial-balance").object().getBoolean("balanced"));

        List<JsonObject> idasPayouts = staff().get("/payouts?memberId=" + ida.id()).array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, idasPayouts.size());
        assertEquals(2630, idasPayouts.get(0).getJsonObject("net").getInt("minor"));

        var next = staff().post("/payout-runs", "{\"periodEnd\": \"%s\"}".formatted(LocalDate.now(LONDON)));
        assertEquals(201, next.status(), next.toString());
        Map<String, JsonObject> nextPayouts = byMember(next.object());
        assertNull(nextPayouts.get(ida.id()), "nothing new for Ida");
        assertNull(nextPayouts.get(jo.id()));
        assertEquals("CANCELLED", staff().post("/payout-runs/" + next.object().getString("id") + "/cancel", "")
                .object().getString("status"));
        assertTrue(staff().get("/members/" + jo.id() + "/audit").body().contains("payout-method.changed"));
    }

    @Test
    void aCardPaymentFundsItsMembersTransferDirectly() {
        Trader max = newTrader("Max Mills", "cleaning");
        setMethod(max, """
                {"method": "STRIPE", "stripeAccount": "acct_max1"}""");
        String email = Api.uniqueEmail("cardpayer");
        String customer = signUp(email, null);
        done(max, customer, LocalDate.now(LONDON).minusDays(1) + "T10:00", 60);
        String invoice = invoiceOf(customer).getString("id");
        assertEquals(200, anonymous().as(email, PASSWORD).post("/invoices/" + invoice + "/card-payment", "")
                .status());
        var intent = stripe.lastPaymentIntentWithMetadata("invoice_id", invoice);
        stripe.succeed(intent.id());
        stripe.awaitDeliveries(Duration.ofSeconds(10));
        String charge = stripe.paymentIntent(intent.id()).latestCharge();

        var run = staff().post("/payout-runs", "{\"periodEnd\": \"%s\"}".formatted(LocalDate.now(LONDON)));
        assertEquals(201, run.status(), run.toString());
        staff().post("/payout-runs/" + run.object().getString("id") + "/execute", "");
        Transfer toMax = stripe.transfers().stream().filter(t -> t.destination().equals("acct_max1")).findFirst()
                .orElseThrow();
        assertEquals(charge, toMax.sourceTransaction(), "paid from the customer's charge, not the whole balance");
    }

    @Test
    void badInputIsRefusedWithEveryProblemNamed() {
        Trader nat = newTrader("Nat Noble", "cleaning");
        var bad = staff().put("/members/" + nat.id() + "/payout-method", """
                {"method": "BANK_TRANSFER", "accountName": "", "sortCode": "12-34", "accountNumber": "12ab"}""");
        assertEquals(422, bad.status(), bad.toString());
        String problems = bad.body();
        assertTrue(problems.contains("sortCode") && problems.contains("accountNumber")
                && problems.contains("accountName"), problems);
        assertEquals(422, staff().put("/members/" + nat.id() + "/payout-method", """
                {"method": "CHEQUE"}""").status());
        assertEquals(422, staff().put("/members/" + nat.id() + "/payout-method", """
                {"method": "STRIPE", "stripeAccount": "ida"}""").status());
        assertEquals(404, staff().get("/members/" + nat.id() + "/payout-method").status(), "none set yet");
        assertEquals(404, staff().put("/members/no-such-member/payout-method", """
                {"method": "STRIPE", "stripeAccount": "acct_x"}""").status());
        assertEquals(422, staff().post("/payout-runs", "{\"periodEnd\": \"%s\"}"
                .formatted(LocalDate.now(LONDON).plusDays(1))).status(), "not after today");
        assertEquals(422, staff().post("/payout-runs", "{\"periodEnd\": \"soon\"}").status());
        assertEquals(422, staff().post("/members/" + nat.id() + "/contribution-overrides", """
                {"from": "2026-01-01", "ratePercent": 120, "reason": ""}""").status());
        assertEquals(403, staff().post("/contribution-policies", """
                {"effectiveFrom": "2021-01-01", "bands": [{"from": {"minor": 0, "currency": "GBP"},
                 "ratePercent": 5}]}""").status(), "only an admin changes the policy");
        assertEquals(404, staff().post("/payout-runs/no-such-run/execute", "").status());
    }

    private JsonObject setMethod(Trader trader, String json) {
        var set = staff().put("/members/" + trader.id() + "/payout-method", json);
        assertEquals(200, set.status(), set.toString());
        return set.object();
    }

    private static Map<String, JsonObject> byMember(JsonObject run) {
        return run.getJsonArray("payouts").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getString("memberId"), Function.identity()));
    }

    private static void assertPayout(JsonObject payout, int gross, int contribution, int net, String method) {
        assertEquals(gross, payout.getJsonObject("gross").getInt("minor"), payout.toString());
        assertEquals(contribution, payout.getJsonObject("contribution").getInt("minor"), payout.toString());
        assertEquals(net, payout.getJsonObject("net").getInt("minor"), payout.toString());
        assertEquals(method, payout.getString("method"));
    }
}
