package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.BrowserPages;
import coop.market.web.support.Mailbox;
import coop.market.web.support.Trader;
import coop.market.web.support.stripe.FakeStripe;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The co-op's settings page, in a real browser: staff read the details and booking terms, an administrator
 * changes them, wrong entries are explained without losing what was typed, new bookings follow the terms, and
 * customers paying by bank transfer are told the co-op's account once it is given.
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

    @Test
    void theCoopsBankAccountIsCheckedAndShownWhereverCustomersPayByTransfer() {
        FakeStripe.shared(); // the pay page starts a card payment too
        String email = Api.uniqueEmail("transfer");
        String customer = signUp(email, null);
        Trader bea = newTrader("Bea Banks", "cleaning");
        done(bea, customer, LocalDate.now(LONDON).minusDays(1) + "T10:00", 60);
        JsonObject first = invoiceOf(customer);
        String before = first.getString("id");
        Page payPage = PAGES.signedIn(base, email, PASSWORD, Size.PHONE);
        payPage.navigate(base + "account/pay.xhtml?invoice=" + before);
        assertThat(payPage.locator("#other-ways")).containsText("For our bank details, e-mail hello@demo.coop");

        Page page = PAGES.signedIn(base, "admin@demo.coop", Size.DESKTOP);
        try {
            page.navigate(base + "staff/settings.xhtml");
            assertThat(page.locator("#bankAccountName")).hasValue("");
            page.locator("#bankSortCode").fill("40-47-8");
            page.locator("#bankAccountNumber").fill("1234 567X");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings")).click();
            assertThat(page.locator(".error-summary")).containsText("Please fill this in");
            assertThat(page.locator(".error-summary")).containsText("A sort code has 6 digits, like 12-34-56");
            assertThat(page.locator(".error-summary")).containsText("An account number has 8 digits");
            assertThat(page.locator("#bankSortCode")).hasValue("40-47-8");
            assertThat(page.locator("#bankAccountNumber")).hasValue("1234 567X");
            assertThat(page.locator("#bankAccountNumber")).hasAttribute("aria-invalid", "true");
            Browser.checkAndShoot(page, "staff-settings-bank-errors", Size.DESKTOP);

            page.locator("#bankAccountName").fill(DEMO_NAME);
            page.locator("#bankSortCode").fill("40 47 84");
            page.locator("#bankAccountNumber").fill("1234 5678");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("The settings are saved");
            assertThat(page.locator("#bankSortCode")).hasValue("40-47-84");
            assertThat(page.locator("#bankAccountNumber")).hasValue("12345678");
            Page adminPhone = PAGES.signedIn(base, "admin@demo.coop", Size.PHONE);
            adminPhone.navigate(base + "staff/settings.xhtml");
            assertThat(adminPhone.locator("#bankAccountName")).hasValue(DEMO_NAME);
            Browser.checkAndShoot(adminPhone, "staff-settings-bank", Size.PHONE);
            Page staff = PAGES.signedIn(base, "staff@demo.coop", Size.DESKTOP);
            staff.navigate(base + "staff/settings.xhtml");
            String account = DEMO_NAME + ", sort code 40-47-84, account number 12345678";
            assertThat(staff.locator("#bank-account")).hasText(account);

            payPage.navigate(base + "account/pay.xhtml?invoice=" + before);
            assertThat(payPage.locator("#other-ways")).hasText("You can pay by bank transfer to " + account
                    + ", quoting " + first.getString("number") + " as the reference.");
            Browser.checkAndShoot(payPage, "account-pay-bank-account", Size.PHONE);

            done(bea, customer, LocalDate.now(LONDON).minusDays(1) + "T14:00", 60);
            JsonObject invoice = invoiceOf(customer);
            String howToPay = "How to pay: by bank transfer to " + account + ", quoting " + invoice.getString("number")
                    + " as the reference.";
            MimeMessage sent = Mailbox.waitForSubject(email, subject -> subject.startsWith("Invoice "
                    + invoice.getString("number")), Duration.ofSeconds(20));
            assertTrue(Mailbox.text(sent).contains(howToPay + "\n"), Mailbox.text(sent));
            String pdf = Mailbox.attachedPdfText(sent, "Invoice " + invoice.getString("number") + ".pdf")
                    .replaceAll("\\s+", " ");
            assertTrue(pdf.contains("Please pay £18.00 by "), pdf);
            assertTrue(pdf.contains(howToPay), pdf);
        } finally {
            page.navigate(base + "staff/settings.xhtml");
            page.locator("#bankAccountName").fill("");
            page.locator("#bankSortCode").fill("");
            page.locator("#bankAccountNumber").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("The settings are saved");
        }
    }
}
