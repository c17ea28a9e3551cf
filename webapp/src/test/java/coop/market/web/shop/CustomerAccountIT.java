package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.BrowserPages;
import coop.market.web.support.StripeJs;
import coop.market.web.support.Trader;
import coop.market.web.support.stripe.FakeStripe;
import coop.market.web.support.stripe.PaymentIntent;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Your account" in a real browser: a customer with a one-off visit, a fortnightly series, past work, an order and
 * an invoice sees them all; moves the one-off (a time taken meanwhile is refused in words), cancels the rest of the
 * series, cancels the order (its stock goes back), downloads the invoice and pays it by card through Stripe.js (a
 * stand-in served in place of https://js.stripe.com, which the tests cannot reach) and the fake Stripe's webhook.
 * Every page is scanned and photographed at phone and desktop size. Cancelling is also done with the keyboard alone.
 */
class CustomerAccountIT extends ArquillianIT {

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    private FakeStripe stripe;

    @BeforeEach
    void listenToStripe() {
        stripe = cleanStripe();
    }

    @Test
    void aCustomerSeesMovesCancelsDownloadsAndPays() {
        String email = Api.uniqueEmail("account");
        String customer = signUp(email, null);
        Api me = anonymous().as(email, PASSWORD);
        Trader cara = newTrader("Cara Cole", "cleaning");
        Trader dot = newTrader("Dot Dale", "cleaning");
        LocalDate today = LocalDate.now(LONDON);
        done(cara, customer, today.minusDays(1) + "T10:00", 60);
        JsonObject invoice = invoiceOf(customer);
        String oneOff = book(me, cara, today.plusDays(10) + "T10:00", null).getString("id");
        JsonObject series = book(me, dot, today.plusDays(4) + "T09:00", "{\"frequency\": \"FORTNIGHTLY\", \"count\": 3}");
        List<String> visits = series.getJsonArray("occurrences").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("id")).toList();
        Trader maker = newTrader("Mo Maker", "crafts", 1500);
        String mugs = product(maker, "Blue mug", 900, 3);
        String blanket = product(maker, "Knitted blanket", 4000, null);
        var ordered = me.post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": 1}, {"listingId": "%s", "quantity": 1}],
                 "fulfilment": "COLLECT"}""".formatted(mugs, blanket));
        assertEquals(201, ordered.status(), ordered.toString());
        String order = ordered.object().getString("id");
        assertEquals(2, stock(mugs));

        // Not signed in: asked to sign in, then brought back to the account.
        Page page = PAGES.open(Size.DESKTOP);
        page.navigate(base + "account/index.xhtml");
        assertTrue(page.url().contains("sign-in.xhtml"), page.url());
        signIn(page, email);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Your account");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Your account"))).isVisible();
        Locator oneOffCard = page.locator("#visit-" + oneOff);
        assertThat(oneOffCard).containsText("Cara Cole");
        assertThat(oneOffCard).containsText("Cara (Cleaning)");
        assertThat(oneOffCard).containsText("Waiting for Cara to say yes");
        assertThat(oneOffCard).containsText("10am to 11am");
        assertThat(oneOffCard).containsText("£18.00");
        assertThat(page.locator("#visit-" + visits.get(1))).containsText("Visit 2 of 3, every two weeks");
        assertThat(page.locator("#past-bookings")).containsText("Done");
        Locator orderCard = page.locator("#order-" + order);
        assertThat(orderCard).containsText("Blue mug");
        assertThat(orderCard).containsText("Made to order: ready about");
        assertThat(orderCard).containsText("You collect it from us");
        assertThat(orderCard).containsText("£49.00");
        Locator invoiceRow = page.locator("#invoice-" + invoice.getString("id"));
        assertThat(invoiceRow).containsText(invoice.getString("number"));
        assertThat(invoiceRow).containsText("Waiting for payment");
        Browser.checkAndShoot(page, "account", Size.DESKTOP);

        // Someone else's booking is not there for this customer.
        String strangers = book(anonymous().asCustomer(), dot, today.plusDays(12) + "T15:00", null).getString("id");
        Response elsewhere = page.navigate(base + "account/booking.xhtml?id=" + strangers);
        assertEquals(404, elsewhere.status());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Page not found");

        everyPageOnAPhone(email, oneOff, order, invoice.getString("id"));

        // Move the one-off: a time taken meanwhile is refused in words, the day stays; another time is kept.
        page.navigate(base + "account/booking.xhtml?id=" + oneOff);
        page.getByLabel("Day", new Page.GetByLabelOptions().setExact(true)).fill(today.plusDays(11).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show free times")).click();
        page.getByLabel("11am", new Page.GetByLabelOptions().setExact(true)).check();
        book(anonymous().asCustomer(), cara, today.plusDays(11) + "T11:00", null);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move to this time")).click();
        assertThat(page.locator(".error-summary")).containsText("That time has just been taken");
        assertThat(page.locator("#time-error")).containsText("That time has just been taken");
        assertThat(page.locator("legend")).containsText(dayWords(today.plusDays(11)));
        Browser.checkAndShoot(page, "account-booking-refused", Size.DESKTOP);
        page.getByLabel("2pm", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move to this time")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your booking is moved");
        assertThat(page.locator("#visit-" + oneOff)).containsText("2pm to 3pm");
        assertEquals(today.plusDays(11).atTime(14, 0), londonTime(me.get("/bookings/" + oneOff).object()));

        // Cancel the series from its second visit on: the first stays.
        page.navigate(base + "account/booking.xhtml?id=" + visits.get(1));
        assertThat(page.locator("section[aria-labelledby=cancel-heading]")).containsText("we charge 50% of its price");
        assertThat(page.getByLabel("Just this visit")).isChecked();
        assertThat(page.locator("input[name=time]:checked")).hasCount(0);
        page.getByLabel("This visit and the later one").check();
        assertThat(page.locator("#fee-later")).containsText("Cancelling these visits now is free.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, cancel")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your booking is cancelled");
        assertThat(page.locator("#visit-" + visits.get(2) + " .visit-status")).hasText("Cancelled");
        assertEquals(List.of("REQUESTED", "CANCELLED", "CANCELLED"), visits.stream()
                .map(id -> me.get("/bookings/" + id).object().getString("status")).toList());

        // Cancel the order: asked first; its stock goes back.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cancel this order")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Cancel your order?");
        Browser.checkAndShoot(page, "account-order", Size.DESKTOP);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, cancel the order")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your order is cancelled");
        assertThat(page.locator("#order-" + order + " .order-status")).hasText("Cancelled");
        assertEquals("CANCELLED", me.get("/orders/" + order).object().getString("status"));
        assertEquals(3, stock(mugs), "the mug is back in stock");

        // The invoice as a PDF, with the page's own session.
        String pdf = page.locator("#invoice-" + invoice.getString("id")).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("PDF of invoice " + invoice.getString("number")))
                .getAttribute("href");
        APIResponse download = page.request().get(URI.create(base.toString()).resolve(pdf).toString());
        assertEquals(200, download.status());
        assertTrue(download.headers().get("content-type").startsWith("application/pdf"), download.headers().toString());
        assertTrue(new String(download.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));

        // Pay it: the page hands Stripe.js the payment for what is due; Stripe's webhook marks it paid.
        StripeJs.standIn(page);
        page.locator("#invoice-" + invoice.getString("id")).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Pay invoice " + invoice.getString("number"))).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay £18.00"))).isVisible();
        assertThat(page.locator("#payment-element")).containsText("Card details would be typed here");
        PaymentIntent intent = stripe.lastPaymentIntentWithMetadata("invoice_id", invoice.getString("id"));
        assertEquals(1800, intent.amount());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> calls = (List<Map<String, Object>>) page.evaluate("window.stripeCalls");
        assertEquals("pk_test_fake", calls.get(0).get("key"));
        assertEquals(intent.clientSecret(), calls.get(1).get("clientSecret"), "the payment of this invoice");
        assertEquals("payment", calls.get(2).get("type"));
        Browser.checkAndShoot(page, "account-pay", Size.DESKTOP);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay £18.00")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Thank you. Your payment is being taken");
        Browser.checkAndShoot(page, "account-pay-returned", Size.DESKTOP);
        stripe.succeed(intent.id());
        stripe.awaitDeliveries(Duration.ofSeconds(10));
        page.navigate(base + "account/index.xhtml");
        assertThat(page.locator("#invoice-" + invoice.getString("id") + " .invoice-status")).hasText("Paid");
        assertThat(page.locator("#invoice-" + invoice.getString("id")).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Pay invoice " + invoice.getString("number")))).hasCount(0);
        assertEquals("PAID", me.get("/invoices/" + invoice.getString("id")).object().getString("status"));
    }

    /** The account's pages at phone size, before anything on them is changed. */
    private void everyPageOnAPhone(String email, String booking, String order, String invoice) {
        Page phone = PAGES.open(Size.PHONE);
        StripeJs.standIn(phone);
        phone.navigate(base + "sign-in.xhtml?next=/account/index.xhtml");
        signIn(phone, email);
        Browser.checkAndShoot(phone, "account", Size.PHONE);
        phone.navigate(base + "account/booking.xhtml?id=" + booking);
        assertThat(phone.locator("#move-heading")).isVisible();
        Browser.checkAndShoot(phone, "account-booking", Size.PHONE);
        phone.navigate(base + "account/order.xhtml?id=" + order);
        Browser.checkAndShoot(phone, "account-order", Size.PHONE);
        phone.navigate(base + "account/pay.xhtml?invoice=" + invoice);
        assertThat(phone.locator("#payment-element")).containsText("Card details would be typed here");
        Browser.checkAndShoot(phone, "account-pay", Size.PHONE);
        phone.navigate(base + "account/pay.xhtml?invoice=" + invoice + "&returned=card");
        Browser.checkAndShoot(phone, "account-pay-returned", Size.PHONE);
    }

    @Test
    void aConfirmedVisitIsCancelledWithTheKeyboardAloneAfterBeingToldTheFee() {
        String email = Api.uniqueEmail("keys");
        signUp(email, null);
        Api me = anonymous().as(email, PASSWORD);
        Trader eve = newTrader("Eve Ellis", "cleaning");
        availableAllDay(eve.id());
        // Confirmed work a day and a bit ahead: inside the test server's 48 hours' notice, so half its price is due.
        ZonedDateTime soon = ZonedDateTime.now(LONDON).plusHours(30).truncatedTo(ChronoUnit.HOURS);
        soon = soon.getHour() >= 22 ? soon.withHour(21) : soon;
        String visit = book(me, eve, soon.toLocalDateTime().toString(), null).getString("id");
        assertEquals(200, staff().post("/bookings/" + visit + "/confirm", "").status());

        Page page = PAGES.open(Size.DESKTOP);
        page.navigate(base + "sign-in.xhtml?next=/account/index.xhtml");
        signIn(page, email);
        tabTo(page, "Move or cancel");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Eve Ellis");
        assertThat(page.locator("#fee-this")).hasText("Cancelling this visit now costs £9.00. It will be on your next"
                + " invoice.");
        Browser.checkAndShoot(page, "account-booking", Size.DESKTOP);
        tabTo(page, "Yes, cancel");
        page.keyboard().press("Space");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your booking is cancelled");
        assertThat(page.locator("#visit-" + visit + " .visit-status")).hasText("Cancelled");
        assertEquals("CANCELLED", me.get("/bookings/" + visit).object().getString("status"));
    }

    @Test
    void staffAndMembersAreToldTheAccountIsForCustomers() {
        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.DESKTOP);
        Response refused = page.navigate(base + "account/index.xhtml");
        assertEquals(403, refused.status());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("This page is for customers");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your account"))).hasCount(0);
        Browser.checkAndShoot(page, "account-for-customers", Size.DESKTOP);
        Page member = PAGES.signedIn(base, "member@demo.coop", Size.PHONE);
        assertEquals(403, member.navigate(base + "account/pay.xhtml?invoice=nothing").status());
        Browser.checkAndShoot(member, "account-for-customers", Size.PHONE);
    }

    /** Presses Tab until the focused element's text starts with the words (at most 80 times). */
    private static void tabTo(Page page, String words) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            Object text = page.evaluate("document.activeElement ? document.activeElement.textContent.trim() : ''");
            if (text != null && text.toString().startsWith(words)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached \"" + words + "\" on " + page.url());
    }

    /** Bookable at any hour, so a test can book a day and a bit ahead whenever it runs. */
    private void availableAllDay(String memberId) {
        String everyDay = String.join(", ", java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(day -> "{\"day\": \"" + day + "\", \"start\": \"00:00\", \"end\": \"23:30\"}").toList());
        var availability = staff().put("/members/" + memberId + "/availability",
                "{\"weekly\": [" + everyDay + "], \"exceptions\": []}");
        assertEquals(200, availability.status(), availability.toString());
    }

    private static void signIn(Page page, String email) {
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        assertThat(page.locator(".signed-in-as")).isVisible();
    }

    private JsonObject book(Api who, Trader trader, String start, String recurrence) {
        var booked = who.post("/bookings", """
                {"listingId": "%s", "start": "%s", "durationMinutes": 60%s}""".formatted(trader.listing(), start,
                recurrence == null ? "" : ", \"recurrence\": " + recurrence));
        assertEquals(201, booked.status(), booked.toString());
        return booked.object();
    }

    /** A crafts listing of the maker's: in stock, or made to order in 7 days when {@code stock} is null. */
    private String product(Trader maker, String title, int pence, Integer stock) {
        var listing = staff().post("/listings", """
                {"memberId": "%s", "trade": "crafts", "title": "%s", "description": "Hand made.",
                 "price": {"minor": %d, "currency": "GBP"}, "stock": %s, "leadTimeDays": 7}"""
                .formatted(maker.id(), title, pence, stock));
        assertEquals(201, listing.status(), listing.toString());
        return listing.object().getString("id");
    }

    private int stock(String listingId) {
        return anonymous().get("/listings/" + listingId).object().getInt("stock");
    }

    private static LocalDateTime londonTime(JsonObject booking) {
        return OffsetDateTime.parse(booking.getString("start")).atZoneSameInstant(LONDON).toLocalDateTime();
    }

    /** "Tuesday 15 December 2026", as the pages write a day. */
    private static String dayWords(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK));
    }
}
