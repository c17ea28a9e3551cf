package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.BrowserPages;
import coop.market.web.support.Trader;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Customers in the back office, in a real browser: the paged list, and a customer's page with their bookings and
 * their details to correct.
 */
class StaffCustomersIT extends ArquillianIT {

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    @Test
    void staffFindACustomerAndSeeTheirBookings() {
        Trader hal = newTrader("Hal Hughes", "cleaning");
        String email = Api.uniqueEmail("aaron");
        var joined = anonymous().post("/customers", """
                {"name": "Aaron Abbott", "email": "%s", "password": "aaron's pass phrase",
                 "address": {"line1": "1 Acorn Way", "town": "Orpington", "postcode": "BR6 7AA"}}""".formatted(email));
        assertEquals(201, joined.status(), joined.toString());
        String day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(6).toString();
        var booked = anonymous().as(email, "aaron's pass phrase").post("/bookings", """
                {"listingId": "%s", "start": "%sT13:00", "durationMinutes": 60}""".formatted(hal.listing(), day));
        assertEquals(201, booked.status(), booked.toString());

        for (Size size : Size.values()) {
            Page page = PAGES.signedIn(base, "staff@demo.coop", size);
            page.navigate(base + "staff/index.xhtml");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Customers")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Customers");
            Browser.checkAndShoot(page, "staff-customers", size);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open: Aaron Abbott")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Aaron Abbott");
            assertThat(page.locator(".facts")).containsText("1 Acorn Way, Orpington, BR6 7AA");
            assertThat(page.locator("#bookings")).containsText("Hal Hughes");
            Browser.checkAndShoot(page, "staff-customer", size);
        }
    }

    @Test
    void staffCorrectACustomersDetailsOnTheirPageAfterPuttingRightWhatWasWrong() {
        String email = Api.uniqueEmail("bea");
        var joined = anonymous().post("/customers", """
                {"name": "Bea Brown", "email": "%s", "password": "bea's pass phrase",
                 "address": {"line1": "3 Birch Close", "town": "Orpington", "postcode": "BR6 7AB"}}""".formatted(email));
        assertEquals(201, joined.status(), joined.toString());
        String customer = joined.object().getString("id");
        for (Size size : Size.values()) {
            Page page = PAGES.signedIn(base, "staff@demo.coop", size);
            page.navigate(base + "staff/customer.xhtml?id=" + customer);
            assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Bea Brown");
            assertThat(page.getByLabel("Postcode")).hasValue("BR6 7AB");
            Browser.checkAndShoot(page, "staff-customer-details", size);
        }

        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.PHONE);
        page.navigate(base + "staff/customer.xhtml?id=" + customer);
        StaffEditListingIT.tabTo(page, "Save their details");
        page.getByLabel("E-mail address").fill("customer@demo.coop");
        page.getByLabel("Town").fill("");
        page.getByLabel("Organisation (optional)").fill("");
        page.getByLabel("Invoice them on terms (\"invoice me\")").check();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Beatrice Brown");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save their details")).click();
        assertThat(page.locator(".error-summary")).containsText("Someone else already uses customer@demo.coop");
        assertThat(page.locator(".error-summary")).containsText("Only an organisation can be invoiced on terms");
        assertThat(page.locator(".error-summary a[href='#town']")).isVisible();
        assertThat(page.locator("#email-error")).isVisible();
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Beatrice Brown");
        Browser.checkAndShoot(page, "staff-customer-details-error", Size.PHONE);

        String newEmail = Api.uniqueEmail("beatrice");
        page.getByLabel("E-mail address").fill(newEmail);
        page.getByLabel("Town").fill("Orpington");
        page.getByLabel("Organisation (optional)").fill("Birch Close Residents");
        page.getByLabel("Town").press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The details are saved");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Beatrice Brown");
        assertThat(page.locator(".facts")).containsText("Invoiced, pays later");
        assertThat(page.locator("body")).containsText("e-mail " + email + " -> " + newEmail);
        assertEquals(200, anonymous().as(newEmail, "bea's pass phrase").get("/me/session").status());
    }

    @Test
    void anUnknownCustomerSaysSo() {
        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.PHONE);
        page.navigate(base + "staff/customer.xhtml?id=nobody");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Customer not found");
        Browser.assertAccessible(page);
    }
}
