package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.BrowserPages;
import coop.market.testing.EasyRead;
import coop.market.web.support.Invitations;
import coop.market.web.support.Mailbox;
import coop.market.web.support.Trader;
import coop.market.web.support.stripe.FakeStripe;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Product orders through the API: several members' items in one order, stock taken and given back, ready, fulfil
 * and cancel by role, members seeing only their own lines, the e-mails, bad input, checkout of bookings and products
 * all or nothing, and the invoice run billing a fulfilled order. The test server charges GBP 3.50 for delivery
 * ({@code DELIVERY_CHARGE_MINOR} in webapp/pom.xml).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrdersIT extends ArquillianIT {

    private static final String ADDRESS = """
            {"line1": "27 Chipperfield Road", "town": "Orpington", "postcode": "BR5 2QA"}""";

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    /** Two makers with passwords, made once for the class (choosing a password takes a browser). */
    private Trader sam;
    private Trader priya;

    private void meetTheMakers() {
        if (sam == null) {
            sam = maker("Sam Okoro");
            priya = maker("Priya Shah");
        }
    }

    @Test
    void aCustomerOrdersSeveralMembersItemsAndEachMemberSeesAndHearsOfTheirOwn() throws Exception {
        meetTheMakers();
        String box = product(sam, "Wooden bird box", 1800, 5, true);
        String blanket = product(priya, "Knitted baby blanket", 3500, null, true);
        String email = Api.uniqueEmail("orderer");
        String customer = signUp(email, null);
        Api theCustomer = anonymous().as(email, PASSWORD);

        var placed = theCustomer.post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": 2}, {"listingId": "%s", "quantity": 1}],
                 "fulfilment": "DELIVER", "address": %s}""".formatted(box, blanket, ADDRESS));

        assertEquals(201, placed.status(), placed.toString());
        JsonObject order = placed.object();
        String id = order.getString("id");
        assertTrue(placed.header("Location").endsWith("/api/v1/orders/" + id), placed.header("Location"));
        assertEquals("PLACED", order.getString("status"));
        assertEquals(customer, order.getString("customerId"));
        assertEquals(2 * 1800 + 3500 + 350, order.getJsonObject("total").getInt("minor"));
        assertEquals(350, order.getJsonObject("deliveryCharge").getInt("minor"));
        assertEquals("BR5 2QA", order.getJsonObject("address").getString("postcode"));
        List<JsonObject> lines = order.getJsonArray("lines").getValuesAs(JsonObject.class);
        LocalDate today = LocalDate.now(LONDON);
        assertEquals(List.of(sam.id(), priya.id()), lines.stream().map(l -> l.getString("memberId")).toList());
        assertEquals(List.of(3600, 3500), lines.stream().map(l -> l.getJsonObject("total").getInt("minor")).toList());
        assertEquals(today.toString(), lines.get(0).getString("readyOn"), "in stock: ready now");
        assertEquals(today.plusDays(14).toString(), lines.get(1).getString("readyOn"), "made to order: lead time");
        assertTrue(lines.get(1).getBoolean("madeToOrder"));
        assertEquals(3, stock(box), "two of five taken");

        JsonObject samsView = as(sam).get("/orders/" + id).object();
        assertEquals(List.of("Wooden bird box"), samsView.getJsonArray("lines").getValuesAs(JsonObject.class)
                .stream().map(l -> l.getString("description")).toList());
        assertEquals(3600, samsView.getJsonObject("total").getInt("minor"), "what his items come to");
        assertFalse(samsView.containsKey("address") || samsView.containsKey("deliveryCharge"), samsView.toString());
        assertTrue(as(sam).get("/orders").body().contains(id));
        assertEquals(404, anonymous().asCustomer().get("/orders/" + id).status(), "someone else's order");
        assertFalse(anonymous().asCustomer().get("/orders").body().contains(id));
        assertEquals(1, theCustomer.get("/orders").array().size());

        MimeMessage confirmation = Mailbox.waitForSubject(email, s -> s.startsWith("Order received"),
                Duration.ofSeconds(20));
        assertTrue(Invitations.text(confirmation).contains("Total: £74.50"), Invitations.text(confirmation));
        MimeMessage newOrder = Mailbox.waitForSubject(priya.email(), s -> s.startsWith("New order"),
                Duration.ofSeconds(20));
        String words = Invitations.text(newOrder);
        assertTrue(words.contains("You have a new order.") && words.contains("Knitted baby blanket: 1."), words);
        assertFalse(words.contains("bird box"), "only her own items");
        EasyRead.assertShortSentences(words, "Priya's new order e-mail");
    }

    @Test
    void tooFewInStockIs409NamingTheItemAndTakesNothing() {
        meetTheMakers();
        String mugs = product(sam, "Painted mug", 900, 3, false);
        String cards = product(priya, "Greeting cards", 350, 1, false);
        Api customer = anonymous().asCustomer();

        var refused = customer.post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": 2}, {"listingId": "%s", "quantity": 2}],
                 "fulfilment": "COLLECT"}""".formatted(mugs, cards));

        assertEquals(409, refused.status(), refused.toString());
        assertEquals("/problems/not-enough-stock", refused.object().getString("type"));
        assertTrue(refused.object().getString("detail").contains("Only 1 of \"Greeting cards\" left, not 2"),
                refused.toString());
        assertEquals(3, stock(mugs), "the mugs' line took nothing either");
        assertEquals(1, stock(cards));
        assertEquals(201, customer.post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": 1}], "fulfilment": "COLLECT"}""".formatted(cards)).status());
        var soldOut = customer.post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": 1}], "fulfilment": "COLLECT"}""".formatted(cards));
        assertEquals(409, soldOut.status());
        assertTrue(soldOut.body().contains("sold out"), soldOut.toString());
    }

    @Test
    void badOrdersAreExplainedFieldByField() {
        meetTheMakers();
        String collectOnly = product(sam, "Garden bench", 9000, 2, false);
        String cleaning = danielsListing().getString("id");
        Api customer = anonymous().asCustomer();

        assertEquals(List.of("lines[0].listingId"), fields(customer.post("/orders", """
                {"lines": [{"listingId": "no-such-listing", "quantity": 1}], "fulfilment": "COLLECT"}""")));
        assertEquals(List.of("lines[0].quantity"), fields(customer.post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": 0}], "fulfilment": "COLLECT"}""".formatted(collectOnly))));
        assertEquals(List.of("lines[0].quantity"), fields(customer.post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": 1.5}], "fulfilment": "COLLECT"}""".formatted(collectOnly))));
        assertEquals(List.of("address"), fields(customer.post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": 1}], "fulfilment": "DELIVER"}""".formatted(collectOnly))));
        assertEquals(List.of("lines[0].listingId"), fields(customer.post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": 1}], "fulfilment": "COLLECT"}""".formatted(cleaning))),
                "a service is booked, not ordered");
        var notDelivered = customer.post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": 1}], "fulfilment": "DELIVER", "address": %s}"""
                .formatted(collectOnly, ADDRESS));
        assertEquals(List.of("fulfilment"), fields(notDelivered));
        assertTrue(notDelivered.body().contains("cannot be delivered"), notDelivered.toString());
        assertEquals(List.of("lines", "fulfilment"), fields(customer.post("/orders", "{\"lines\": []}")));
        assertEquals(List.of("lines[1].listingId"), fields(customer.post("/orders", """
                {"lines": [{"listingId": "%1$s", "quantity": 1}, {"listingId": "%1$s", "quantity": 1}],
                 "fulfilment": "COLLECT"}""".formatted(collectOnly))));
        assertEquals(400, customer.post("/orders", "{\"lines\": [").status());
        assertEquals(List.of("customerId"), fields(staff().post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": 1}], "fulfilment": "COLLECT"}""".formatted(collectOnly))),
                "staff say for whom");
        assertEquals(2, stock(collectOnly), "nothing taken by any of them");
    }

    @Test
    void membersSayTheirItemsAreReadyStaffHandTheOrderOverAndTheNextInvoiceBillsIt() {
        meetTheMakers();
        String box = product(sam, "Bird feeder", 1500, 4, false);
        String cards = product(priya, "Thank-you cards", 400, 10, false);
        String email = Api.uniqueEmail("collector");
        String customerId = signUp(email, null);
        Api customer = anonymous().as(email, PASSWORD);
        String id = customer.post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": 1}, {"listingId": "%s", "quantity": 3}],
                 "fulfilment": "COLLECT"}""".formatted(box, cards)).object().getString("id");

        assertEquals(403, customer.post("/orders/" + id + "/ready", "").status(), "the customer does not say so");
        assertEquals(404, anonymous().as("member@demo.coop", Api.DEMO_PASSWORD)
                .post("/orders/" + id + "/ready", "").status(), "Daniel has nothing on it");
        var samReady = as(sam).post("/orders/" + id + "/ready", "");
        assertEquals(200, samReady.status(), samReady.toString());
        assertEquals("PLACED", samReady.object().getString("status"), "Priya's cards are not ready yet");
        assertFalse(samReady.object().getJsonArray("lines").getJsonObject(0).isNull("readyAt"));
        assertEquals(409, as(sam).post("/orders/" + id + "/ready", "").status(), "his are ready already");
        assertEquals(409, staff().post("/orders/" + id + "/fulfil", "").status(), "not ready yet");
        assertEquals(List.of(), invoicesAfterARun(customerId), "a placed order is not invoiced");

        var ready = staff().post("/orders/" + id + "/ready?memberId=" + priya.id(), "");
        assertEquals("READY", ready.object().getString("status"), ready.toString());
        assertTrue(staff().get("/members/" + priya.id() + "/audit").body().contains("order.ready"),
                "staff did Priya's part: her audit log says so");
        Mailbox.waitForSubject(email, s -> s.startsWith("Order ready"), Duration.ofSeconds(20));
        assertEquals(409, customer.post("/orders/" + id + "/cancel", "").status(), "ready: ask the co-op");
        assertEquals(403, customer.post("/orders/" + id + "/fulfil", "").status());
        assertEquals(403, as(sam).post("/orders/" + id + "/fulfil", "").status());

        var fulfilled = staff().post("/orders/" + id + "/fulfil", "");
        assertEquals(200, fulfilled.status(), fulfilled.toString());
        assertEquals("FULFILLED", fulfilled.object().getString("status"));
        assertEquals(409, staff().post("/orders/" + id + "/cancel", "").status(), "handed over: too late");

        JsonObject invoice = invoiceOf(customerId);
        List<JsonObject> lines = invoice.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(List.of("Sam Okoro", "Priya Shah"), lines.stream().map(l -> l.getString("memberName")).toList());
        assertEquals(1500 + 3 * 400, invoice.getJsonObject("total").getInt("minor"), "collected: no delivery line");
    }

    @Test
    void cancellingGivesTheStockBackAndTellsTheMembers() {
        meetTheMakers();
        String box = product(sam, "Nesting box", 2000, 5, false);
        Api customer = anonymous().asCustomer();
        String id = customer.post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": 2}], "fulfilment": "COLLECT"}""".formatted(box))
                .object().getString("id");
        assertEquals(3, stock(box));

        var cancelled = customer.post("/orders/" + id + "/cancel", "");

        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("CANCELLED", cancelled.object().getString("status"));
        assertEquals(5, stock(box), "both back in stock");
        assertEquals(409, customer.post("/orders/" + id + "/cancel", "").status());
        assertEquals(403, as(sam).post("/orders/" + id + "/cancel", "").status(), "a maker does not cancel");
        String words = Invitations.text(Mailbox.waitForSubject(sam.email(), s -> s.startsWith("Order cancelled"),
                Duration.ofSeconds(20)));
        assertTrue(words.contains("You do not need to get these items ready."), words);
        EasyRead.assertShortSentences(words, "Sam's cancelled order e-mail");
    }

    @Test
    void checkoutBooksAndOrdersAllOrNothing() {
        meetTheMakers();
        Trader cleaner = newTrader("Cal Clean", "cleaning");
        String lamp = product(sam, "Driftwood lamp", 4500, 2, false);
        String email = Api.uniqueEmail("basket");
        String customerId = signUp(email, null);
        Api customer = anonymous().as(email, PASSWORD);
        String slot = LocalDate.now(LONDON).plusDays(10) + "T10:00";
        assertEquals(201, anonymous().asCustomer().post("/bookings", """
                {"listingId": "%s", "start": "%s", "durationMinutes": 60}""".formatted(cleaner.listing(), slot))
                .status(), "someone else takes the time first");

        var taken = customer.post("/checkout", basket(cleaner.listing(), slot, lamp, 1));

        assertEquals(409, taken.status(), taken.toString());
        assertEquals("/problems/slot-not-free", taken.object().getString("type"));
        assertTrue(taken.object().getString("detail").startsWith("Booking 1 (Cal Clean): "), taken.toString());
        assertEquals(0, customer.get("/orders").array().size(), "no order");
        assertEquals(2, stock(lamp), "no stock taken");
        assertEquals(0, customer.get("/bookings").array().size());

        String free = LocalDate.now(LONDON).plusDays(10) + "T14:00";
        var tooMany = customer.post("/checkout", basket(cleaner.listing(), free, lamp, 3));
        assertEquals(409, tooMany.status(), tooMany.toString());
        assertTrue(tooMany.object().getString("detail").startsWith("The order: Only 2 of \"Driftwood lamp\" left"),
                tooMany.toString());
        assertEquals(0, customer.get("/bookings").array().size(), "the free booking was not kept either");

        var done = customer.post("/checkout", basket(cleaner.listing(), free, lamp, 1));
        assertEquals(201, done.status(), done.toString());
        JsonObject made = done.object();
        assertEquals("REQUESTED", made.getJsonArray("bookings").getJsonObject(0).getString("status"));
        assertEquals(customerId, made.getJsonArray("bookings").getJsonObject(0).getString("customerId"));
        assertEquals("PLACED", made.getJsonObject("order").getString("status"));
        assertTrue(done.header("Location").endsWith("/orders/" + made.getJsonObject("order").getString("id")));
        assertEquals(1, stock(lamp));
        assertEquals(1, customer.get("/bookings").array().size());

        assertEquals(List.of("bookings[0].durationMinutes"), fields(customer.post("/checkout", """
                {"bookings": [{"listingId": "%s", "start": "%s", "durationMinutes": 1.5}]}"""
                .formatted(cleaner.listing(), free))));
        assertEquals(List.of("order.lines[0].quantity"), fields(customer.post("/checkout", """
                {"order": {"lines": [{"listingId": "%s", "quantity": 0}], "fulfilment": "COLLECT"}}"""
                .formatted(lamp))));
        assertEquals(List.of("bookings"), fields(customer.post("/checkout", "{}")), "an empty basket");
    }

    @Test
    void aHouseholdPaysForItsOrderAtCheckoutAndNothingIsBilledTwiceOrKeptWhenCancelled() {
        meetTheMakers();
        FakeStripe stripe = cleanStripe();
        String vase = product(sam, "Glazed vase", 2400, 6, true);
        String email = Api.uniqueEmail("paysnow");
        String customerId = signUp(email, null);
        Api customer = anonymous().as(email, PASSWORD);

        // Checked out: the order's invoice comes with it, to pay by card now.
        var checkedOut = customer.post("/checkout", """
                {"order": {"lines": [{"listingId": "%s", "quantity": 2}], "fulfilment": "DELIVER", "address": %s}}"""
                .formatted(vase, ADDRESS));
        assertEquals(201, checkedOut.status(), checkedOut.toString());
        String order = checkedOut.object().getJsonObject("order").getString("id");
        JsonObject invoice = checkedOut.object().getJsonObject("invoice");
        String invoiceId = invoice.getString("id");
        assertEquals("ISSUED", invoice.getString("status"));
        assertEquals(4800 + 350, invoice.getJsonObject("amountDue").getInt("minor"), "two vases and the delivery");
        List<JsonObject> lines = invoice.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(2, lines.size(), lines.toString());
        String reference = order.substring(0, 8).toUpperCase(Locale.ROOT);
        assertTrue(lines.get(0).getString("description").startsWith("Glazed vase"), lines.toString());
        assertTrue(lines.get(0).getString("description").endsWith(", order " + reference), lines.toString());
        assertEquals(sam.id(), lines.get(0).getString("memberId"));
        assertEquals("Delivery of order " + reference, lines.get(1).getString("description"));
        assertEquals(List.of(invoiceId), customer.get("/invoices").array().getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("id")).toList());

        var started = customer.post("/invoices/" + invoiceId + "/card-payment", "");
        assertEquals(200, started.status(), started.toString());
        stripe.succeed(stripe.lastPaymentIntentWithMetadata("invoice_id", invoiceId).id());
        stripe.awaitDeliveries(Duration.ofSeconds(10));
        assertEquals("PAID", customer.get("/invoices/" + invoiceId).object().getString("status"));

        // Paid for: not cancelled until the money is given back.
        var refused = customer.post("/orders/" + order + "/cancel", "");
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("/problems/order-paid", refused.object().getString("type"));
        assertTrue(refused.object().getString("detail").contains("Please ask the co-op to cancel it"), refused.toString());
        var staffRefused = staff().post("/orders/" + order + "/cancel", "");
        assertEquals(409, staffRefused.status(), staffRefused.toString());
        assertTrue(staffRefused.object().getString("detail").contains("Refund the payment from the invoice first"),
                staffRefused.toString());
        assertEquals(4, stock(vase), "still sold");

        // Handed over: the invoice run finds it invoiced already.
        assertEquals(200, staff().post("/orders/" + order + "/ready", "").status());
        assertEquals(200, staff().post("/orders/" + order + "/fulfil", "").status());
        assertEquals(List.of(invoiceId), invoicesAfterARun(customerId).stream().map(i -> i.getString("id")).toList(),
                "nothing billed twice");

        // Not paid yet, then cancelled: the invoice is credited, and asks for nothing.
        var unpaid = customer.post("/checkout", """
                {"order": {"lines": [{"listingId": "%s", "quantity": 1}], "fulfilment": "COLLECT"}}""".formatted(vase));
        assertEquals(201, unpaid.status(), unpaid.toString());
        String second = unpaid.object().getJsonObject("order").getString("id");
        String secondInvoice = unpaid.object().getJsonObject("invoice").getString("id");
        assertEquals(2400, unpaid.object().getJsonObject("invoice").getJsonObject("amountDue").getInt("minor"));
        assertEquals(3, stock(vase));
        assertEquals(200, customer.post("/orders/" + second + "/cancel", "").status());
        assertEquals(4, stock(vase));
        JsonObject credited = customer.get("/invoices/" + secondInvoice).object();
        assertEquals("CREDITED", credited.getString("status"));
        assertEquals(0, credited.getJsonObject("amountDue").getInt("minor"));
        List<JsonObject> notes = staff().get("/invoices/" + secondInvoice + "/credit-notes").array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, notes.size(), notes.toString());
        assertEquals("Order " + second.substring(0, 8).toUpperCase(Locale.ROOT) + " was cancelled.",
                notes.get(0).getString("reason"));
        assertEquals(409, customer.post("/invoices/" + secondInvoice + "/card-payment", "").status(), "nothing due");

        // Paid, refunded by staff in full, then cancelled: the money and the stock are back.
        var third = customer.post("/checkout", """
                {"order": {"lines": [{"listingId": "%s", "quantity": 1}], "fulfilment": "COLLECT"}}""".formatted(vase));
        String thirdOrder = third.object().getJsonObject("order").getString("id");
        String thirdInvoice = third.object().getJsonObject("invoice").getString("id");
        assertEquals(200, customer.post("/invoices/" + thirdInvoice + "/card-payment", "").status());
        stripe.succeed(stripe.lastPaymentIntentWithMetadata("invoice_id", thirdInvoice).id());
        stripe.awaitDeliveries(Duration.ofSeconds(10));
        assertEquals(409, staff().post("/orders/" + thirdOrder + "/cancel", "").status());
        assertEquals(202, staff().post("/invoices/" + thirdInvoice + "/refunds", """
                {"amount": {"minor": 2400, "currency": "GBP"}, "reason": "Cancelled at the customer's wish"}""")
                .status());
        stripe.awaitDeliveries(Duration.ofSeconds(10));
        var cancelled = staff().post("/orders/" + thirdOrder + "/cancel", "");
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals(4, stock(vase));
        assertEquals(0, customer.get("/invoices/" + thirdInvoice).object().getJsonObject("amountDue").getInt("minor"));
        assertTrue(staff().get("/ledger/trial-balance").object().getBoolean("balanced"));

        // An organisation approved for invoicing is invoiced later, with its work.
        assertEquals(200, staff().put("/customers/" + customerId, """
                {"name": "Pat Price", "email": "%s", "organisation": "Orpington Youth Club", "invoiceApproved": true,
                 "address": {"line1": "2 Elm Road", "town": "Orpington", "postcode": "BR6 0AB"}}""".formatted(email))
                .status());
        var onTerms = customer.post("/checkout", """
                {"order": {"lines": [{"listingId": "%s", "quantity": 1}], "fulfilment": "COLLECT"}}""".formatted(vase));
        assertEquals(201, onTerms.status(), onTerms.toString());
        assertFalse(onTerms.object().containsKey("invoice"), onTerms.toString());
    }

    @Test
    void aHouseholdWithASavedCardHasItsOrderTakenFromItAtOnce() {
        meetTheMakers();
        FakeStripe stripe = cleanStripe();
        String jug = product(priya, "Stoneware jug", 3000, 2, true);
        String email = Api.uniqueEmail("cardonfile");
        signUp(email, null);
        Api customer = anonymous().as(email, PASSWORD);
        var setup = customer.post("/me/card/setup", "");
        assertEquals(200, setup.status(), setup.toString());
        stripe.completeSetup(setup.object().getString("setupIntentId"), "visa", "4242");
        stripe.awaitDeliveries(Duration.ofSeconds(10));

        var checkedOut = customer.post("/checkout", """
                {"order": {"lines": [{"listingId": "%s", "quantity": 1}], "fulfilment": "COLLECT"}}""".formatted(jug));
        assertEquals(201, checkedOut.status(), checkedOut.toString());
        String invoiceId = checkedOut.object().getJsonObject("invoice").getString("id");
        stripe.awaitDeliveries(Duration.ofSeconds(10));

        assertEquals("PAID", customer.get("/invoices/" + invoiceId).object().getString("status"));
        assertEquals(1, stripe.created("payment_intent"));
        assertEquals(3000, stripe.lastPaymentIntentWithMetadata("invoice_id", invoiceId).amountReceived());
        assertTrue(staff().get("/ledger/trial-balance").object().getBoolean("balanced"));
    }

    @Test
    void theDemoShopHasCraftsInStockAndMadeToOrder() {
        List<JsonObject> crafts = anonymous().get("/listings?trade=crafts&limit=100").array()
                .getValuesAs(JsonObject.class);
        JsonObject cards = crafts.stream().filter(l -> l.getString("title").equals("Hand-made greeting cards"))
                .findFirst().orElseThrow();
        JsonObject blanket = crafts.stream().filter(l -> l.getString("description").startsWith("A soft blanket"))
                .findFirst().orElseThrow();
        assertFalse(cards.getBoolean("madeToOrder"));
        assertTrue(cards.getInt("stock") > 0);
        assertTrue(blanket.getBoolean("madeToOrder"));
        assertFalse(blanket.containsKey("stock") && !blanket.isNull("stock"), "no stock: made to order");
        assertEquals(14, blanket.getInt("leadTimeDays"));
    }

    private static String basket(String service, String start, String product, int quantity) {
        return """
                {"bookings": [{"listingId": "%s", "start": "%s", "durationMinutes": 60}],
                 "order": {"lines": [{"listingId": "%s", "quantity": %d}], "fulfilment": "COLLECT"}}"""
                .formatted(service, start, product, quantity);
    }

    /** Runs invoicing up to today; the customer's invoices. */
    private List<JsonObject> invoicesAfterARun(String customerId) {
        assertEquals(201, staff().post("/invoice-runs", "{\"periodEnd\": \"%s\"}".formatted(LocalDate.now(LONDON)))
                .status());
        return staff().get("/invoices?customerId=" + customerId).array().getValuesAs(JsonObject.class);
    }

    /** A crafts member who has chosen a password (with a made-to-order listing of their own, unused here). */
    private Trader maker(String name) {
        Trader maker = newTrader(name, "crafts", 1500);
        Page page = PAGES.open(Size.DESKTOP);
        Invitations.choosePassword(page, Invitations.memberWelcome(maker.email()), PASSWORD);
        return maker;
    }

    /** A crafts listing of the maker's: in stock (or made to order in 14 days when {@code stock} is null). */
    private String product(Trader maker, String title, int pence, Integer stock, boolean deliverable) {
        var listing = staff().post("/listings", """
                {"memberId": "%s", "trade": "crafts", "title": "%s", "description": "Hand made.",
                 "price": {"minor": %d, "currency": "GBP"}, "attributes": {"delivery": %s},
                 "stock": %s, "leadTimeDays": 14}""".formatted(maker.id(), title, pence, deliverable, stock));
        assertEquals(201, listing.status(), listing.toString());
        return listing.object().getString("id");
    }

    private int stock(String listingId) {
        return anonymous().get("/listings/" + listingId).object().getInt("stock");
    }

    private Api as(Trader maker) {
        return anonymous().as(maker.email(), PASSWORD);
    }

    private static List<String> fields(Api.Reply reply) {
        assertEquals(422, reply.status(), reply.toString());
        return reply.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }
}
