package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.BrowserPages;
import coop.market.web.support.stripe.FakeStripe;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The orders board in a real browser: a customer's craft order waits to be got ready, staff mark it ready, then
 * collected, and it leaves the board; another is cancelled after staff say yes, its items back in stock. Staff only;
 * scanned at both widths.
 */
class StaffOrdersIT extends ArquillianIT {

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** A maker with three bird boxes in stock; the listing's id. */
    private String birdBoxes() {
        String member = newMember("crafts");
        var listing = staff().post("/listings", """
                {"memberId": "%s", "trade": "crafts", "title": "Bird box", "description": "Reclaimed wood.",
                 "price": {"minor": 1800, "currency": "GBP"}, "priceUnit": "ITEM", "stock": 3}""".formatted(member));
        assertEquals(201, listing.status(), listing.toString());
        return listing.object().getString("id");
    }

    private JsonObject order(Api customer, String listing, int quantity) {
        var placed = customer.post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": %d}], "fulfilment": "COLLECT"}"""
                .formatted(listing, quantity));
        assertEquals(201, placed.status(), placed.toString());
        return placed.object();
    }

    /**
     * The board's row for the order, turning the table's pages until it shows (other tests leave orders too). Each
     * turn waits for the new page to arrive, so a slow answer never makes it skip a page.
     */
    private static Locator rowOf(Page page, String table, String reference) {
        Locator row = page.locator("#" + table + " tbody tr", new Page.LocatorOptions().setHasText(reference));
        Locator report = page.locator("#" + table + " .ui-paginator-current");
        Locator next = page.locator("#" + table + " .ui-paginator-next:not(.ui-state-disabled)");
        while (row.count() == 0 && next.count() > 0) {
            String shown = report.innerText();
            next.click();
            assertThat(report).not().hasText(shown);
        }
        assertThat(row).hasCount(1);
        return row;
    }

    private static String reference(JsonObject order) {
        return order.getString("id").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void staffGetAnOrderReadyHandItOverAndCancelAnother() {
        String listing = birdBoxes();
        String email = Api.uniqueEmail("bird-lover");
        signUp(email, null);
        Api customer = anonymous().as(email, PASSWORD);
        JsonObject kept = order(customer, listing, 2);
        JsonObject dropped = order(customer, listing, 1);
        assertEquals(0, anonymous().get("/listings/" + listing).object().getInt("stock"));

        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/index.xhtml");
        page.getByRole(AriaRole.LINK, named("Orders board")).click();
        assertThat(page.locator("h1")).hasText("Orders board");
        Locator row = rowOf(page, "placed", reference(kept));
        assertThat(row).containsText("Pat Price");
        assertThat(row).containsText("2 x Bird box, from Test: in stock, to get ready");
        assertThat(row).containsText("£36.00");
        Browser.checkAndShoot(page, "staff-orders", Size.DESKTOP);

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark order " + reference(kept)
                + " ready")).click();
        assertThat(page.locator(".notice")).containsText("Marked ready");
        assertEquals("READY", customer.get("/orders/" + kept.getString("id")).object().getString("status"));
        Locator ready = rowOf(page, "ready", reference(kept));
        ready.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Order " + reference(kept)
                + " collected")).click();
        assertThat(page.locator(".notice")).containsText("Handed over");
        assertEquals("FULFILLED", customer.get("/orders/" + kept.getString("id")).object().getString("status"));

        rowOf(page, "placed", reference(dropped)).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Cancel order " + reference(dropped))).click();
        assertThat(page.locator("[role=alert] h2")).hasText("Cancel order " + reference(dropped) + " for Pat Price?");
        Browser.checkAndShoot(page, "staff-orders-cancel", Size.DESKTOP);
        page.getByRole(AriaRole.BUTTON, named("Yes, cancel the order")).click();
        assertThat(page.locator(".notice")).containsText("Cancelled");
        assertEquals("CANCELLED", customer.get("/orders/" + dropped.getString("id")).object().getString("status"));
        assertEquals(1, anonymous().get("/listings/" + listing).object().getInt("stock"));

        Page phone = PAGES.signedIn(base, "staff@demo.coop", Size.PHONE);
        phone.navigate(base + "staff/orders.xhtml");
        Browser.checkAndShoot(phone, "staff-orders", Size.PHONE);
    }

    @Test
    void anOrderPaidForAtCheckoutIsNotCancelledBeforeItsMoneyIsRefunded() {
        FakeStripe stripe = cleanStripe();
        String listing = birdBoxes();
        String email = Api.uniqueEmail("paid-birds");
        signUp(email, null);
        Api customer = anonymous().as(email, PASSWORD);
        var checkedOut = customer.post("/checkout", """
                {"order": {"lines": [{"listingId": "%s", "quantity": 1}], "fulfilment": "COLLECT"}}"""
                .formatted(listing));
        assertEquals(201, checkedOut.status(), checkedOut.toString());
        JsonObject order = checkedOut.object().getJsonObject("order");
        String invoice = checkedOut.object().getJsonObject("invoice").getString("id");
        assertEquals(200, customer.post("/invoices/" + invoice + "/card-payment", "").status());
        stripe.succeed(stripe.lastPaymentIntentWithMetadata("invoice_id", invoice).id());
        stripe.awaitDeliveries(Duration.ofSeconds(10));

        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/orders.xhtml");
        rowOf(page, "placed", reference(order)).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Cancel order " + reference(order))).click();
        page.getByRole(AriaRole.BUTTON, named("Yes, cancel the order")).click();
        assertThat(page.locator(".notice")).containsText("That order is paid for, so it was not cancelled. Refund the"
                + " payment from its invoice first, then cancel the order.");
        Browser.checkAndShoot(page, "staff-orders-paid", Size.DESKTOP);
        assertEquals("PLACED", customer.get("/orders/" + order.getString("id")).object().getString("status"));
        assertEquals(2, anonymous().get("/listings/" + listing).object().getInt("stock"));
    }

    @Test
    void onlyStaffSeeTheBoard() {
        Page page = PAGES.open(Size.DESKTOP);
        page.navigate(base + "staff/orders.xhtml");
        assertThat(page.locator("h1")).hasText("Sign in");
        Page customer = PAGES.signedIn(base, "customer@demo.coop", Size.DESKTOP);
        customer.navigate(base + "staff/orders.xhtml");
        assertThat(customer.locator("h1")).hasText("Sign in");
    }
}
