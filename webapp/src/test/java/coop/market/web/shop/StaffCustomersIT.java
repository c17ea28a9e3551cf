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

/** Customers in the back office, in a real browser: the paged list, and a customer's page with their bookings. */
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
    void anUnknownCustomerSaysSo() {
        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.PHONE);
        page.navigate(base + "staff/customer.xhtml?id=nobody");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Customer not found");
        Browser.assertAccessible(page);
    }
}
