package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Mailbox;
import coop.market.web.support.Trader;
import coop.market.web.support.stripe.FakeStripe;
import coop.market.web.support.stripe.Transfer;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
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
        finishOpenPayoutRuns();
    }

    @Test
    void membersArePaidTheirShareLessTheContributionOnceByStripeOrBank() throws Exception {
        tenPercentAboveTwentyPounds();

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

        // Each member paid has their remittance advice by email, with the PDF; Kit, whose money is held, has none.
        MimeMessage idasEmail = onlyRemittance(ida.email());
        assertEquals("We have paid you £26.30", idasEmail.getSubject());
        assertTrue(Mailbox.text(idasEmail).contains("We have paid you £26.30.\nIt goes into your Stripe account.\n"),
                Mailbox.text(idasEmail));
        String reference = payouts.get(ida.id()).getString("reference");
        String idasAdvice = Mailbox.attachedPdfText(idasEmail, "Remittance advice " + reference + ".pdf");
        for (String shown : List.of("Remittance advice", "Ida Ingram", "Reference: " + reference,
                "Stripe account acct_ida1", invoice.getString("number"), "Pat Price", "Your share of money received",
                "£27.00", "The co-op's contribution", "-£0.70", "Paid to you", "£26.30")) {
            assertTrue(idasAdvice.contains(shown), "missing \"" + shown + "\" in:\n" + idasAdvice);
        }
        assertTrue(Mailbox.text(onlyRemittance(jo.email())).contains("It goes into your bank account ending 5678."));
        onlyRemittance(lou.email());
        assertEquals(List.of(), remittances(kit.email()));
        var download = staff().getPdf("/payouts/" + payouts.get(ida.id()).getString("id") + "/remittance");
        assertEquals(200, download.status(), download.toString());
        assertEquals("application/pdf", download.contentType());
        assertTrue(download.body().startsWith("%PDF-"));

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
        Thread.sleep(2500); // several rounds of the mail dispatcher
        for (Trader paid : List.of(ida, jo, lou)) {
            assertEquals(1, remittances(paid.email()).size(), "executing again writes no second advice");
        }
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
    void aTransferMadeButNeverRecordedIsFoundDaysLaterAndNotMadeAgain() {
        Trader ada = newTrader("Ada Ames", "cleaning");
        Trader ben = newTrader("Ben Burns", "gardening");
        payByStripe(ada, "acct_ada1");
        payByStripe(ben, "acct_ben1");
        JsonObject made = runAfterPaidWork(ada, ben);
        String runId = made.getString("id");
        String adasPayout = byMember(made).get(ada.id()).getString("id");
        assertEquals(409, staff().getPdf("/payouts/" + adasPayout + "/remittance").status(), "nothing paid yet");

        // Stripe makes Ada's transfer, but its answer never reaches the server (a crash, a time-out).
        stripe.loseAnswerTo("payout-" + adasPayout);
        JsonObject first = staff().post("/payout-runs/" + runId + "/execute", "").object();
        assertEquals("APPROVED", first.getString("status"), first.toString());
        assertEquals("PENDING", byMember(first).get(ada.id()).getString("status"));
        assertEquals("PAID", byMember(first).get(ben.id()).getString("status"));
        assertEquals(2, stripe.transfers().size(), "Ada's transfer was made all the same");

        // Days pass: Stripe no longer knows the key, so asking with it again would pay Ada twice.
        stripe.forgetIdempotencyKeys();
        JsonObject again = staff().post("/payout-runs/" + runId + "/execute", "").object();

        assertEquals("EXECUTED", again.getString("status"), again.toString());
        List<Transfer> toAda = stripe.transfers().stream().filter(t -> t.destination().equals("acct_ada1")).toList();
        assertEquals(1, toAda.size(), "Ada is paid once");
        assertEquals(2, stripe.transfers().size(), "one transfer per member");
        JsonObject adas = byMember(again).get(ada.id());
        assertEquals("PAID", adas.getString("status"));
        assertEquals(toAda.get(0).id(), adas.getString("transferId"), "recorded with the transfer Stripe made");
        assertEquals(0, balance("payable:" + ada.id()), "posted once");
        onlyRemittance(ada.email());
        onlyRemittance(ben.email());
    }

    @Test
    void aMemberDownloadsTheirOwnRemittanceAdviceAndNobodyElses() {
        JsonObject listing = danielsListing();
        // Daniel signs in as member@demo.coop; the co-op writes to him at daniel@demo.coop.
        Trader daniel = new Trader(listing.getString("memberId"), "daniel@demo.coop", listing.getString("id"));
        String bankDetails = "\"method\": \"BANK_TRANSFER\", \"accountName\": \"Daniel Hughes\","
                + " \"sortCode\": \"20-00-56\", \"accountNumber\": \"87655678\"";
        setMethod(daniel, "{" + bankDetails + ", \"frequency\": \"WEEKLY\"}");
        try {
            Trader eve = newTrader("Eve Evans", "cleaning");
            payByStripe(eve, "acct_eve1");
            Map<String, JsonObject> payouts = byMember(staff().post("/payout-runs/"
                    + runAfterPaidWork(daniel, eve).getString("id") + "/execute", "").object());
            String his = "/payouts/" + payouts.get(daniel.id()).getString("id") + "/remittance";
            String hers = "/payouts/" + payouts.get(eve.id()).getString("id") + "/remittance";

            Api himself = anonymous().as("member@demo.coop", Api.DEMO_PASSWORD);
            var own = himself.getPdf(his);
            assertEquals(200, own.status(), own.toString());
            assertEquals("application/pdf", own.contentType());
            assertTrue(own.header("Content-Disposition").contains("Remittance advice"), own.header("Content-Disposition"));
            assertEquals(404, himself.getPdf(hers).status(), "someone else's pay-out does not exist for him");
            assertEquals(403, anonymous().asCustomer().getPdf(his).status());
            assertEquals(200, staff().getPdf(hers).status());
            assertEquals(404, staff().getPdf("/payouts/no-such-payout/remittance").status());
            String advice = Mailbox.attachedPdfText(onlyRemittance(daniel.email()),
                    "Remittance advice " + payouts.get(daniel.id()).getString("reference") + ".pdf");
            assertTrue(advice.contains("Bank account of DANIEL HUGHES, sort code **-**-56, account number ****5678"),
                    advice);
            assertFalse(advice.contains("87655678"), "never the whole account number");
        } finally {
            // Held from now on, so no other test's run pays Daniel.
            setMethod(daniel, "{" + bankDetails + ", \"frequency\": \"HOLD\"}");
        }
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

    /**
     * Each trader does an hour's work for one new customer two days ago (early, so as not to meet other tests' work
     * for Daniel), the customer pays the invoice, and staff make a run for today: the draft.
     */
    private JsonObject runAfterPaidWork(Trader... traders) {
        String customer = signUp(Api.uniqueEmail("payer"), null);
        for (int i = 0; i < traders.length; i++) {
            done(traders[i], customer, LocalDate.now(LONDON).minusDays(2) + "T%02d:30".formatted(6 + 2 * i), 60);
        }
        JsonObject invoice = invoiceOf(customer);
        assertEquals(201, pay(invoice.getString("id"), "BANK_TRANSFER",
                invoice.getJsonObject("total").getInt("minor")).status());
        var run = staff().post("/payout-runs", "{\"periodEnd\": \"%s\"}".formatted(LocalDate.now(LONDON)));
        assertEquals(201, run.status(), run.toString());
        return run.object();
    }

    private void payByStripe(Trader trader, String account) {
        setMethod(trader, "{\"method\": \"STRIPE\", \"stripeAccount\": \"%s\"}".formatted(account));
    }

    /** The one remittance email to this address, once it has come: a second would have paid someone twice. */
    private static MimeMessage onlyRemittance(String email) {
        Mailbox.waitForSubject(email, PayoutsIT::isRemittance, Duration.ofSeconds(20));
        List<MimeMessage> sent = remittances(email);
        assertEquals(1, sent.size(), "remittance emails to " + email);
        return sent.get(0);
    }

    private static List<MimeMessage> remittances(String email) {
        return Mailbox.to(email).stream().filter(message -> {
            try {
                return isRemittance(message.getSubject());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static boolean isRemittance(String subject) {
        return subject.startsWith("We have paid you") || subject.startsWith("Your pay letter from");
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
