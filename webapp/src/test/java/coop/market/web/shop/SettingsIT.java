package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.BrowserPages;
import coop.market.web.support.Trader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The co-op's settings page, in a real browser: staff read the details and booking terms, an administrator
 * changes them, wrong entries are explained without losing what was typed, and new bookings follow the terms.
 */
class SettingsIT extends ArquillianIT {

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    /** The test server's own terms (webapp/pom.xml): other tests count on them, so they are put back. */
    private static final String[] SERVER_TERMS = {"48", "48", "50"};

    private static final String DEMO_NAME = "Bromley Micro Enterprises CIC";

    @Test
    void staffReadTheSettingsButOnlyAnAdministratorSeesTheForm() {
        for (Size size : Size.values()) {
            Page page = PAGES.signedIn(base, "staff@demo.coop", size);
            page.navigate(base + "staff/index.xhtml");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Co-op settings")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Co-op settings");
            assertThat(page.getByText("Only an administrator can change these.")).isVisible();
            assertThat(page.locator(".facts").first()).containsText("hello@demo.coop");
            assertEquals(0, page.locator("form#settings").count());
            Browser.checkAndShoot(page, "staff-settings-read", size);
        }
    }

    @Test
    void anAdministratorChangesTheBookingTermsAndNewBookingsFollowThem() {
        Page page = PAGES.signedIn(base, "admin@demo.coop", Size.DESKTOP);
        try {
            page.navigate(base + "staff/settings.xhtml");
            assertThat(page.locator("#contactEmail")).hasValue("hello@demo.coop");
            Browser.checkAndShoot(page, "staff-settings", Size.DESKTOP);

            page.locator("#name").fill("");
            page.locator("#postcode").fill("XYZ 123");
            page.locator("#requestExpiryHours").fill("72");
            page.locator("#cancellationFeePercent").fill("150");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings")).click();
            assertThat(page.locator(".error-summary")).containsText("Please fill this in");
            assertThat(page.locator(".error-summary")).containsText("Enter a full postcode like BR5 3AB");
            assertThat(page.locator(".error-summary")).containsText("Enter a whole number from 0 to 100 per cent");
            assertThat(page.locator("#requestExpiryHours")).hasValue("72");
            assertThat(page.locator("#cancellationFeePercent")).hasValue("150");
            assertThat(page.locator("#postcode")).hasAttribute("aria-invalid", "true");
            Browser.checkAndShoot(page, "staff-settings-errors", Size.DESKTOP);

            page.locator("#name").fill(DEMO_NAME);
            page.locator("#postcode").fill("br5 2rb");
            page.locator("#cancellationFeePercent").fill("25");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("The settings are saved");
            assertThat(page.locator("#requestExpiryHours")).hasValue("72");
            assertThat(page.locator("#cancellationFeePercent")).hasValue("25");
            assertThat(page.locator("#postcode")).hasValue("BR5 2RB");

            Trader ivy = newTrader("Ivy Irwin", "cleaning");
            String day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(5).toString();
            var booked = anonymous().asCustomer().post("/bookings", """
                    {"listingId": "%s", "start": "%sT10:00", "durationMinutes": 60}""".formatted(ivy.listing(), day));
            assertEquals(201, booked.status(), booked.toString());
            Duration holds = Duration.between(OffsetDateTime.now(),
                    OffsetDateTime.parse(booked.object().getString("expiresAt")));
            assertTrue(holds.compareTo(Duration.ofHours(71)) > 0 && holds.compareTo(Duration.ofHours(73)) < 0,
                    "the request holds the time for the new 72 hours, not 48: " + holds);
        } finally {
            page.navigate(base + "staff/settings.xhtml");
            page.locator("#name").fill(DEMO_NAME);
            page.locator("#postcode").fill("BR5 2RB");
            page.locator("#requestExpiryHours").fill(SERVER_TERMS[0]);
            page.locator("#cancellationNoticeHours").fill(SERVER_TERMS[1]);
            page.locator("#cancellationFeePercent").fill(SERVER_TERMS[2]);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("The settings are saved");
        }
    }

    @Test
    void aVatNumberPutsVatOnEachLineOfNewInvoicesUntilItIsTakenAway() throws Exception {
        Page page = PAGES.signedIn(base, "admin@demo.coop", Size.DESKTOP);
        try {
            page.navigate(base + "staff/settings.xhtml");
            assertThat(page.locator("#invoicePrefix")).hasValue("BME");
            assertThat(page.locator("#paymentTermsDays")).hasValue("14");
            page.locator("#vatNumber").fill("GB12345");
            page.locator("#vatRatePercent").fill("20");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings")).click();
            assertThat(page.locator(".error-summary")).containsText("Enter the VAT number as on HMRC's certificate");
            assertThat(page.locator("#vatNumber")).hasValue("GB12345");
            page.locator("#vatNumber").fill("GB 123 4567 89");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("The settings are saved");
            assertThat(page.locator("#vatNumber")).hasValue("GB123456789");

            String customer = signUp(coop.market.web.support.Api.uniqueEmail("vat"), null);
            done(newTrader("Vic Vance", "cleaning"), customer, LocalDate.now(LONDON).minusDays(1) + "T10:00", 90);
            var invoice = invoiceOf(customer);
            var line = invoice.getJsonArray("lines").getJsonObject(0);
            assertEquals(2700, line.getJsonObject("total").getInt("minor"), "the line's price, before VAT");
            assertEquals(540, line.getJsonObject("vat").getInt("minor"));
            assertEquals(2000, line.getInt("vatRateBasisPoints"));
            assertEquals(3240, invoice.getJsonObject("total").getInt("minor"), "what the customer pays");
            assertEquals("GB123456789", invoice.getString("vatNumber"));
            assertEquals(201, pay(invoice.getString("id"), "BANK_TRANSFER", 3240).status());
            assertEquals(-2700, balance("payable:" + line.getString("memberId")), "the member's money has no VAT");
        } finally {
            page.navigate(base + "staff/settings.xhtml");
            page.locator("#vatNumber").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("The settings are saved");
        }
    }
}
