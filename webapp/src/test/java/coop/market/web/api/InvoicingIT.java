package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Mailbox;
import coop.market.web.support.Trader;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Pooled invoicing through the API: one invoice per customer with a line per job, each on behalf of
 * the member who did it; nothing invoiced twice however runs are repeated or raced; the ledger follows.
 */
class InvoicingIT extends ArquillianIT {


    @Test
    void oneInvoicePerCustomerWithEachJobOnBehalfOfItsMember() {
        String email = Api.uniqueEmail("charity");
        String customer = signUp(email, "Orpington Day Centre");
        Trader ann = newTrader("Ann Archer", "cleaning");
        Trader ben = newTrader("Ben Baker", "gardening");
        LocalDate today = LocalDate.now(LONDON);
        done(ann, customer, today.minusDays(3) + "T10:00", 90);
        done(ben, customer, today.minusDays(2) + "T14:00", 60);
        record(ann, customer, today.minusDays(1) + "T09:00", 60); // confirmed but not done: not invoiced yet

        var run = staff().post("/invoice-runs", "{\"periodEnd\": \"%s\"}".formatted(today.minusDays(1)));

        assertEquals(201, run.status(), run.toString());
        assertTrue(run.header("Location").contains("/api/v1/invoice-runs/"), run.header("Location"));
        List<JsonObject> invoices = staff().get("/invoices?customerId=" + customer).array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, invoices.size(), invoices.toString());
        JsonObject invoice = invoices.get(0);
        assertTrue(run.object().getJsonArray("invoiceIds").toString().contains(invoice.getString("id")));
        assertTrue(invoice.getString("number").matches("[A-Z]{1,10}-\\d{4}-\\d{5}"), invoice.getString("number"));
        assertEquals("ISSUED", invoice.getString("status"));
        assertEquals(LocalDate.parse(invoice.getString("issueDate")).plusDays(14),
                LocalDate.parse(invoice.getString("dueDate")));
        List<JsonObject> lines = invoice.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(List.of("Ann Archer", "Ben Baker"), lines.stream().map(l -> l.getString("memberName")).toList());
        assertEquals(ann.id(), lines.get(0).getString("memberId"));
        assertEquals(today.minusDays(3).toString(), lines.get(0).getString("supplyDate"));
        assertTrue(lines.get(0).getString("description").startsWith("Cleaning, "), lines.get(0).toString());
        assertTrue(lines.get(0).getString("description").endsWith(", 1 hour 30 minutes"), lines.get(0).toString());
        assertEquals("1.5", lines.get(0).getJsonNumber("quantity").bigDecimalValue().stripTrailingZeros()
                .toPlainString());
        assertEquals(1800, lines.get(0).getJsonObject("unitPrice").getInt("minor"));
        assertEquals(2700, lines.get(0).getJsonObject("total").getInt("minor"));
        assertEquals(1800, lines.get(1).getJsonObject("total").getInt("minor"));
        assertEquals(4500, invoice.getJsonObject("total").getInt("minor"));
        assertEquals(4500, invoice.getJsonObject("amountDue").getInt("minor"));

        var again = staff().post("/invoice-runs", "{\"periodEnd\": \"%s\"}".formatted(today.minusDays(1)));
        assertEquals(201, again.status());
        assertEquals(1, staff().get("/invoices?customerId=" + customer).array().size(), "nothing invoiced twice");

        JsonObject books = staff().get("/ledger/trial-balance").object();
        assertTrue(books.getBoolean("balanced"));
        JsonObject receivable = books.getJsonArray("accounts").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("account").equals("receivable:" + customer)).findFirst().orElseThrow();
        assertEquals(4500, receivable.getJsonObject("debit").getInt("minor"));

        Api theCustomer = anonymous().as(email, PASSWORD);
        assertEquals(200, theCustomer.get("/invoices/" + invoice.getString("id")).status());
        assertEquals(1, theCustomer.get("/invoices").array().size(), "a customer lists only their own");
        assertEquals(404, anonymous().asCustomer().get("/invoices/" + invoice.getString("id")).status());
    }

    @Test
    void aFulfilledOrderIsOnTheCustomersOneInvoiceAndPaysItsMakerAndTheCoopForDelivery() {
        String customer = signUp(Api.uniqueEmail("shopper"), null);
        Trader ivy = newTrader("Ivy Irwin", "cleaning");
        String jo = newMember("crafts");
        var stool = staff().post("/listings", """
                {"memberId": "%s", "trade": "crafts", "title": "Milking stool", "description": "Oak.",
                 "price": {"minor": 2500, "currency": "GBP"}, "attributes": {"delivery": true}, "stock": 4}"""
                .formatted(jo));
        assertEquals(201, stool.status(), stool.toString());
        LocalDate today = LocalDate.now(LONDON);
        done(ivy, customer, today.minusDays(2) + "T10:00", 60);
        var placed = staff().post("/orders", """
                {"customerId": "%s", "lines": [{"listingId": "%s", "quantity": 2}], "fulfilment": "DELIVER",
                 "address": {"line1": "2 Elm Road", "town": "Orpington", "postcode": "BR6 0AB"}}"""
                .formatted(customer, stool.object().getString("id")));
        assertEquals(201, placed.status(), placed.toString());
        String order = placed.object().getString("id");
        String reference = placed.object().getString("reference");
        assertEquals(200, staff().post("/orders/" + order + "/ready", "").status());
        assertEquals(200, staff().post("/orders/" + order + "/fulfil", "").status());

        JsonObject invoice = invoiceOf(customer);

        assertEquals(1, staff().get("/invoices?customerId=" + customer).array().size(), "one invoice for it all");
        List<JsonObject> lines = invoice.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(3, lines.size(), lines.toString());
        JsonObject item = lines.get(1);
        assertEquals(jo, item.getString("memberId"));
        assertEquals("Test Member", item.getString("memberName"));
        assertEquals("Milking stool, order " + reference, item.getString("description"));
        assertEquals(today.toString(), item.getString("supplyDate"), "supplied the day it was handed over");
        assertEquals("2", item.getJsonNumber("quantity").bigDecimalValue().stripTrailingZeros().toPlainString());
        assertEquals(2500, item.getJsonObject("unitPrice").getInt("minor"));
        assertEquals(5000, item.getJsonObject("total").getInt("minor"));
        JsonObject delivery = lines.get(2);
        assertEquals("Delivery of order " + reference, delivery.getString("description"));
        assertFalse(delivery.containsKey("memberId"), "the co-op's own line: no member");
        assertEquals("Bromley Micro Enterprises CIC", delivery.getString("memberName"));
        assertEquals(350, delivery.getJsonObject("total").getInt("minor"));
        assertEquals(1800 + 5000 + 350, invoice.getJsonObject("total").getInt("minor"));

        assertEquals(201, pay(invoice.getString("id"), "BANK_TRANSFER", 1800 + 5000 + 350).status());
        assertEquals(-5000, balance("payable:" + jo), "the maker's share: both stools");
        assertEquals(-1800, balance("payable:" + ivy.id()));
        assertTrue(staff().get("/ledger/trial-balance").object().getBoolean("balanced"));
        assertTrue(staff().get("/ledger/trial-balance").body().contains("\"delivery-income\""),
                "delivery is the co-op's income");

        staff().post("/invoice-runs", "{\"periodEnd\": \"%s\"}".formatted(today));
        assertEquals(1, staff().get("/invoices?customerId=" + customer).array().size(), "nothing invoiced twice");
    }

    @Test
    void runsRacingEachOtherInvoiceEachJobOnceAndNumbersHaveNoGaps() throws Exception {
        String customer = signUp(Api.uniqueEmail("race"), null);
        Trader cy = newTrader("Cy Cole", "cleaning");
        LocalDate today = LocalDate.now(LONDON);
        done(cy, customer, today.minusDays(4) + "T11:00", 60);
        done(cy, customer, today.minusDays(3) + "T11:00", 60);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(() -> staff().post("/invoice-runs", "{\"periodEnd\": \"%s\"}".formatted(today)).status());
            }
            for (Future<Integer> status : pool.invokeAll(runs)) {
                assertEquals(201, status.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<JsonObject> invoices = staff().get("/invoices?customerId=" + customer).array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, invoices.size(), invoices.toString());
        assertEquals(2, invoices.get(0).getJsonArray("lines").size());
        String year = invoices.get(0).getString("number").split("-")[1];
        TreeSet<Long> numbers = staff().get("/invoices?limit=100").array().getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("number").split("-"))
                .filter(parts -> parts[1].equals(year))
                .map(parts -> Long.parseLong(parts[2]))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(LongStream.rangeClosed(1, numbers.last()).boxed().collect(Collectors.toCollection(TreeSet::new)),
                numbers, "every number of the year, once");
    }

    @Test
    void partPaymentsMoveEachMembersShareToWhatTheCoopHoldsForThem() {
        String customer = signUp(Api.uniqueEmail("payer"), null);
        Trader dee = newTrader("Dee Dunn", "cleaning");
        Trader eve = newTrader("Eve Ellis", "gardening");
        LocalDate today = LocalDate.now(LONDON);
        done(dee, customer, today.minusDays(3) + "T10:00", 90);
        done(eve, customer, today.minusDays(2) + "T14:00", 60);
        assertEquals(201, staff().post("/invoice-runs", "{\"periodEnd\": \"%s\"}".formatted(today)).status());
        String invoice = staff().get("/invoices?customerId=" + customer).array().getJsonObject(0).getString("id");

        var first = pay(invoice, "BANK_TRANSFER", 2000);
        assertEquals(201, first.status(), first.toString());
        assertTrue(first.header("Location").contains("/invoices/" + invoice + "/payments/"));
        JsonObject partPaid = staff().get("/invoices/" + invoice).object();
        assertEquals("PART_PAID", partPaid.getString("status"));
        assertEquals(2500, partPaid.getJsonObject("amountDue").getInt("minor"));
        assertEquals(-1200, balance("payable:" + dee.id()), "27/45 of GBP 20 held for Dee");
        assertEquals(-800, balance("payable:" + eve.id()));

        assertEquals(409, pay(invoice, "CASH", 2501).status(), "more than is due");
        assertEquals(422, pay(invoice, "CARD", 100).status(), "card payments come from Stripe");
        assertEquals(201, pay(invoice, "CHEQUE", 2500).status());

        assertEquals("PAID", staff().get("/invoices/" + invoice).object().getString("status"));
        assertEquals(-2700, balance("payable:" + dee.id()), "every penny of Dee's line, no more");
        assertEquals(-1800, balance("payable:" + eve.id()));
        assertEquals(0, balance("receivable:" + customer));
        assertTrue(staff().get("/ledger/trial-balance").object().getBoolean("balanced"));
        assertEquals(2, staff().get("/invoices/" + invoice + "/payments").array().size());
        assertEquals(409, pay(invoice, "CASH", 1).status(), "nothing is due now");
    }

    @Test
    void creditNotesTakeUnpaidAmountsOffLinesAndAreEmailedWithTheirPdf() throws Exception {
        String email = Api.uniqueEmail("credited");
        String customer = signUp(email, "Crofton Scouts");
        Trader fay = newTrader("Fay Ford", "cleaning");
        Trader gus = newTrader("Gus Grant", "gardening");
        LocalDate today = LocalDate.now(LONDON);
        done(fay, customer, today.minusDays(3) + "T10:00", 90);
        done(gus, customer, today.minusDays(2) + "T14:00", 60);
        assertEquals(201, staff().post("/invoice-runs", "{\"periodEnd\": \"%s\"}".formatted(today)).status());
        JsonObject invoice = staff().get("/invoices?customerId=" + customer).array().getJsonObject(0);
        String id = invoice.getString("id");
        List<JsonObject> lines = invoice.getJsonArray("lines").getValuesAs(JsonObject.class);
        MimeMessage issued = Mailbox.waitForSubject(email, subject -> subject.startsWith("Invoice "),
                Duration.ofSeconds(20));
        assertPdfAttached(issued, "Invoice " + invoice.getString("number") + ".pdf", invoice.getString("number"));
        assertEquals(201, pay(id, "BANK_TRANSFER", 900).status(), "GBP 9: 5.40 of Fay's line, 3.60 of Gus's");

        var tooMuch = credit(id, lines.get(0).getString("id"), 2200, "Late start");
        assertEquals(422, tooMuch.status(), tooMuch.toString());
        assertEquals(List.of("lines[0].amount.minor"), fields(tooMuch));
        assertTrue(tooMuch.body().contains("refund"), "paid money is put right by a refund");
        var noReason = credit(id, lines.get(0).getString("id"), 500, " ");
        assertEquals(422, noReason.status());
        assertEquals(List.of("reason"), fields(noReason));
        var notItsLine = credit(id, "no-such-line", 500, "Late start");
        assertEquals(List.of("lines[0].invoiceLineId"), fields(notItsLine));

        var note = credit(id, lines.get(0).getString("id"), 1000, "Started an hour late");
        assertEquals(201, note.status(), note.toString());
        JsonObject created = note.object();
        assertTrue(created.getString("number").matches("[A-Z]{1,10}-CN-\\d{4}-\\d{5}"), created.toString());
        assertEquals(id, created.getString("invoiceId"));
        assertEquals(1000, created.getJsonObject("total").getInt("minor"));
        assertTrue(note.header("Location").endsWith("/credit-notes/" + created.getString("id")));

        JsonObject after = staff().get("/invoices/" + id).object();
        assertEquals("PART_PAID", after.getString("status"));
        assertEquals(4500 - 900 - 1000, after.getJsonObject("amountDue").getInt("minor"));
        assertEquals(-540, balance("payable:" + fay.id()), "what Fay's line received is hers; the credit is not");
        assertEquals(2600, balance("receivable:" + customer));
        assertTrue(staff().get("/ledger/trial-balance").object().getBoolean("balanced"));
        assertEquals(201, pay(id, "CHEQUE", 2600).status());
        assertEquals(-(2700 - 1000), balance("payable:" + fay.id()), "Fay's share is reduced by the credit");
        assertEquals(-1800, balance("payable:" + gus.id()));
        assertEquals("PAID", staff().get("/invoices/" + id).object().getString("status"));

        MimeMessage mailed = Mailbox.waitForSubject(email, subject -> subject.startsWith("Credit note "),
                Duration.ofSeconds(20));
        assertPdfAttached(mailed, "Credit note " + created.getString("number") + ".pdf", created.getString("number"));
        Api theCustomer = anonymous().as(email, PASSWORD);
        assertEquals(1, theCustomer.get("/invoices/" + id + "/credit-notes").array().size());
        assertEquals(200, theCustomer.get("/credit-notes/" + created.getString("id")).status());
        var pdf = theCustomer.getPdf("/invoices/" + id + "/pdf");
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.body().startsWith("%PDF-"));
        assertEquals(200, theCustomer.getPdf("/credit-notes/" + created.getString("id") + "/pdf").status());
        Api someoneElse = anonymous().asCustomer();
        assertEquals(404, someoneElse.get("/credit-notes/" + created.getString("id")).status());
        assertEquals(404, someoneElse.getPdf("/invoices/" + id + "/pdf").status());
        assertEquals(403, theCustomer.post("/invoices/" + id + "/credit-notes", "{}").status());
    }

    @Test
    void creditingEveryLineInFullLeavesNothingDue() {
        String customer = signUp(Api.uniqueEmail("cancelled"), null);
        Trader hal = newTrader("Hal Hope", "cleaning");
        done(hal, customer, LocalDate.now(LONDON).minusDays(1) + "T10:00", 60);
        assertEquals(201, staff().post("/invoice-runs",
                "{\"periodEnd\": \"%s\"}".formatted(LocalDate.now(LONDON))).status());
        JsonObject invoice = staff().get("/invoices?customerId=" + customer).array().getJsonObject(0);
        String line = invoice.getJsonArray("lines").getJsonObject(0).getString("id");

        assertEquals(201, credit(invoice.getString("id"), line, 1800, "Booked in error").status());

        JsonObject credited = staff().get("/invoices/" + invoice.getString("id")).object();
        assertEquals("CREDITED", credited.getString("status"));
        assertEquals(0, credited.getJsonObject("amountDue").getInt("minor"));
        assertEquals(0, balance("receivable:" + customer));
        assertEquals(409, credit(invoice.getString("id"), line, 1, "Again").status());
        assertEquals(409, pay(invoice.getString("id"), "CASH", 1).status());
    }

    private Api.Reply credit(String invoice, String line, int pence, String reason) {
        return staff().post("/invoices/" + invoice + "/credit-notes", """
                {"lines": [{"invoiceLineId": "%s", "amount": {"minor": %d, "currency": "GBP"}}], "reason": "%s"}"""
                .formatted(line, pence, reason));
    }

    /** The email carries the document as a PDF of that name, with its number printed in it. */
    private static void assertPdfAttached(MimeMessage message, String fileName, String number) {
        assertTrue(Mailbox.attachedPdfText(message, fileName).contains(number));
    }

    @Test
    void aPeriodThatIsNotADayOrEndsInTheFutureIsExplained() {
        var wrong = staff().post("/invoice-runs", "{\"periodEnd\": \"last month\"}");
        assertEquals(422, wrong.status(), wrong.toString());
        assertEquals("periodEnd", fields(wrong).get(0));
        var future = staff().post("/invoice-runs",
                "{\"periodEnd\": \"%s\"}".formatted(LocalDate.now(LONDON).plusDays(2)));
        assertEquals(422, future.status(), future.toString());
        assertEquals(422, staff().get("/invoices?status=LOST").status());
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }
}
