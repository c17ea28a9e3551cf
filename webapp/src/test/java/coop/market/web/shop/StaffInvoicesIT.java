package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.Browser;
import coop.market.web.support.BrowserPages;
import coop.market.web.support.TestServerDatabase;
import coop.market.web.support.Trader;
import coop.market.web.support.stripe.FakeStripe;
import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Invoicing in the back office, in a real browser: staff run invoicing, open an invoice and record a payment. */
class StaffInvoicesIT extends ArquillianIT {

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void staffPreviewAndRunInvoicingWatchItsProgressAndRecordAPartPayment() throws Exception {
        // Whatever other tests left uninvoiced is invoiced first, so the preview holds only this test's customer.
        assertEquals(201, staff().post("/invoice-runs", "{\"periodEnd\": \"" + LocalDate.now(LONDON) + "\"}")
                .status());
        String customer = customerWithDoneWork();
        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/index.xhtml");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Invoices").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Invoices");
        page.locator("#periodEnd").fill(LocalDate.now(LONDON).plusDays(3).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview invoicing")).click();
        assertThat(page.locator(".error-summary")).containsText("The period cannot end after today");
        Browser.checkAndShoot(page, "staff-invoices-error", Size.DESKTOP);

        page.locator("#periodEnd").fill(LocalDate.now(LONDON).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview invoicing")).click();
        assertThat(page.locator("#preview")).containsText("1 customers, 1 lines, £18.00 in all before any VAT");
        assertThat(page.locator("#preview tbody tr")).hasCount(1);
        assertThat(page.locator("#preview tbody tr")).containsText("Gil Grant");
        assertTrue(staff().get("/invoices?customerId=" + customer).array().isEmpty(), "a preview issues nothing");
        Browser.checkAndShoot(page, "staff-invoices-preview", Size.DESKTOP);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue and e-mail the invoices")).click();
        assertThat(page.locator("#run-bar")).isVisible();
        assertThat(page.locator("#run-done")).hasText("1 invoice was issued and e-mailed to the customers.");
        assertThat(page.locator("#run-bar")).hasAttribute("value", "100");
        Browser.checkAndShoot(page, "staff-invoices", Size.DESKTOP);

        JsonObject invoice = staff().get("/invoices?customerId=" + customer).array().getJsonObject(0);
        String number = invoice.getString("number");
        page.navigate(base + "staff/invoices.xhtml?customer=" + customer);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open: " + number)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Invoice " + number);
        assertThat(page.locator("table.plain-table")).containsText("Fay Fisher");
        Browser.checkAndShoot(page, "staff-invoice", Size.DESKTOP);

        page.locator("#amount").fill("twenty");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the payment")).click();
        assertThat(page.locator(".error-summary")).containsText("Enter an amount in pounds");
        assertThat(page.locator("#amount")).hasValue("twenty");

        page.locator("#amount").fill("10.00");
        page.getByLabel("Cash").check();
        page.locator("#reference").fill("Paid at the door");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the payment")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The payment is recorded");
        assertThat(page.locator(".facts")).containsText("Part paid");
        assertThat(page.locator(".facts")).containsText("£8.00");
        assertThat(page.getByText("£10.00 by Cash")).isVisible();
        assertEquals("PART_PAID", staff().get("/invoices/" + invoice.getString("id")).object().getString("status"));

        try (Connection db = TestServerDatabase.open();
                PreparedStatement late = db.prepareStatement("UPDATE invoice SET due_date = ? WHERE id = ?")) {
            late.setDate(1, Date.valueOf(LocalDate.now(LONDON).minusDays(3)));
            late.setString(2, invoice.getString("id"));
            assertEquals(1, late.executeUpdate());
        }
        page.navigate(base + "staff/index.xhtml");
        assertThat(page.locator("section[aria-labelledby=overdue-heading]")).containsText(number + ", Gil Grant");
        assertThat(page.locator("section[aria-labelledby=overdue-heading]")).containsText("£8.00 still to pay");

        Page phone = PAGES.signedIn(base, "staff@demo.coop", Size.PHONE);
        phone.navigate(base + "staff/invoice.xhtml?id=" + invoice.getString("id"));
        Browser.checkAndShoot(phone, "staff-invoice", Size.PHONE);
        phone.navigate(base + "staff/invoices.xhtml");
        Browser.checkAndShoot(phone, "staff-invoices", Size.PHONE);
        phone.navigate(base + "staff/index.xhtml");
        Browser.checkAndShoot(phone, "staff-desk-overdue", Size.PHONE);
        phone.navigate(base + "staff/invoice.xhtml?id=nothing");
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Invoice not found");
        Browser.assertAccessible(phone);
    }

    @Test
    void staffCreditALineAndRefundACardPayment() {
        FakeStripe stripe = FakeStripe.shared();
        stripe.reset();
        stripe.deliverTo(URI.create(base + "api/v1/stripe/webhook"));
        String email = Api.uniqueEmail("corrected");
        String customer = signUp(email, null);
        Trader hana = newTrader("Hana Hill", "cleaning");
        done(hana, customer, LocalDate.now(LONDON).minusDays(2) + "T10:00", 60);
        done(hana, customer, LocalDate.now(LONDON).minusDays(1) + "T10:00", 60);
        String invoice = invoiceOf(customer).getString("id");
        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/invoice.xhtml?id=" + invoice);

        page.locator("#creditAmount").fill("5.00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue the credit note")).click();
        assertThat(page.locator(".error-summary")).containsText("Please fill this in");
        assertThat(page.locator("#creditAmount")).hasValue("5.00");
        page.locator("#creditReason").fill("The first visit was cut short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue the credit note")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The credit note is issued");
        assertThat(page.locator(".facts")).containsText("£31.00");
        assertThat(page.getByText("The first visit was cut short")).isVisible();
        Browser.checkAndShoot(page, "staff-invoice-credited", Size.DESKTOP);

        assertEquals(200, anonymous().as(email, PASSWORD).post("/invoices/" + invoice + "/card-payment", "")
                .status());
        stripe.succeed(stripe.lastPaymentIntentWithMetadata("invoice_id", invoice).id());
        stripe.awaitDeliveries(Duration.ofSeconds(10));
        page.navigate(base + "staff/invoice.xhtml?id=" + invoice);
        assertThat(page.getByText("£31.00: paid")).isVisible();
        page.locator("#refundAmount").fill("40.00");
        page.locator("#refundReason").fill("Too much");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refund through Stripe")).click();
        assertThat(page.locator(".error-summary")).containsText("left to refund");
        page.locator("#refundAmount").fill("2.00");
        page.locator("#refundReason").fill("The bins were not emptied");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refund through Stripe")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Stripe has been asked for the refund");
        stripe.awaitDeliveries(Duration.ofSeconds(10));
        page.navigate(base + "staff/invoice.xhtml?id=" + invoice);
        assertThat(page.getByText("The bins were not emptied")).isVisible();
        assertThat(page.getByText("£31.00: paid, £2.00 refunded")).isVisible();
        Browser.checkAndShoot(page, "staff-invoice-refunded", Size.DESKTOP);
    }

    /** A new customer with one hour of Fay's cleaning done yesterday (GBP 18.00). */
    private String customerWithDoneWork() {
        var joined = anonymous().post("/customers", """
                {"name": "Gil Grant", "email": "%s", "password": "a long enough pass phrase",
                 "address": {"line1": "3 Oak Lane", "town": "Orpington", "postcode": "BR6 0AC"}}"""
                .formatted(Api.uniqueEmail("gil")));
        assertEquals(201, joined.status(), joined.toString());
        String customer = joined.object().getString("id");
        Trader fay = newTrader("Fay Fisher", "cleaning");
        var recorded = staff().post("/bookings", """
                {"listingId": "%s", "customerId": "%s", "start": "%sT10:00", "durationMinutes": 60}"""
                .formatted(fay.listing(), customer, LocalDate.now(LONDON).minusDays(1)));
        assertEquals(201, recorded.status(), recorded.toString());
        assertEquals(200, staff().post("/bookings/" + recorded.object().getString("id") + "/complete", "").status());
        return customer;
    }
}
