package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser;
import coop.market.web.support.BrowserPages;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Looking after a sign-in in a real browser: a forgotten password reset by an e-mailed one-time
 * link, and signing out on every device at once. Each test signs up its own customer.
 */
class AccountIT extends ArquillianIT {

    private static final String FIRST_PASSWORD = "the first pass phrase";
    private static final Pattern LINK = Pattern.compile("(http\\S+/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+)");

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    private Page open(Size size, String path) {
        Page page = PAGES.open(size);
        page.navigate(base.toString().replaceAll("/$", "") + "/" + path);
        return page;
    }

    private String newCustomer() {
        String email = Api.uniqueEmail("forgetful");
        var created = anonymous().post("/customers", """
                {"name": "Sam Forgetful", "email": "%s", "password": "%s",
                 "address": {"line1": "3 High Street", "town": "Orpington", "postcode": "BR6 0JA"}}"""
                .formatted(email, FIRST_PASSWORD));
        assertEquals(201, created.status(), created.toString());
        return email;
    }

    private void signIn(Page page, String email, String password) {
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
    }

    @Test
    void aForgottenPasswordIsResetByAOneTimeLinkThatEndsOldSessions() throws Exception {
        String email = newCustomer();
        Page before = open(Size.DESKTOP, "sign-in.xhtml");
        signIn(before, email, FIRST_PASSWORD);
        assertThat(before.locator(".signed-in-as")).isVisible();

        Page page = open(Size.PHONE, "sign-in.xhtml");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgotten your password?")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Forgotten your password?");
        Browser.checkAndShoot(page, "forgot-password", Size.PHONE);
        page.getByLabel("E-mail address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
        assertThat(page.locator(".notice")).containsText("If there is an account for " + email);
        Browser.checkAndShoot(page, "forgot-password-sent", Size.PHONE);

        MimeMessage email1 = Mailbox.waitFor(email, 1, Duration.ofSeconds(20)).get(0);
        assertEquals("Reset your Co-op Market password", email1.getSubject());
        Matcher link = LINK.matcher(email1.getContent().toString());
        assertTrue(link.find(), email1.getContent().toString());

        page.navigate(link.group(1));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Choose a new password");
        assertEquals("new-password", page.getByLabel("New password").getAttribute("autocomplete"));
        page.getByLabel("New password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save new password")).click();
        assertThat(page.locator(".error-summary")).containsText("Use at least 10 characters");
        Browser.checkAndShoot(page, "reset-password-error", Size.PHONE);

        page.getByLabel("New password").fill("a brand new pass phrase");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save new password")).click();
        page.waitForURL(Pattern.compile(".*notice=password-changed$"));
        assertThat(page.locator(".notice")).hasText("Your password has been changed. Please sign in with your new password.");
        Browser.checkAndShoot(page, "sign-in-password-changed", Size.PHONE);

        assertEquals(401, anonymous().as(email, FIRST_PASSWORD).get("/bookings").status(), "the old password");
        assertEquals(200, anonymous().as(email, "a brand new pass phrase").get("/bookings").status());
        assertEquals(401, before.request().get(base + "api/v1/bookings").status(),
                "a session signed in with the old password has ended");

        page.navigate(link.group(1));
        page.getByLabel("New password").fill("yet another pass phrase");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save new password")).click();
        assertThat(page.locator(".error-summary")).containsText("This link has expired or has already been used");
        assertEquals(401, anonymous().as(email, "yet another pass phrase").get("/bookings").status());
    }

    @Test
    void askingForAnUnknownAddressLooksTheSameAndSendsNothing() throws Exception {
        String stranger = Api.uniqueEmail("nobody");
        Page page = open(Size.DESKTOP, "forgot-password.xhtml");
        page.getByLabel("E-mail address").fill(stranger);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
        assertThat(page.locator(".notice")).containsText("If there is an account for " + stranger);
        Thread.sleep(2000);
        assertTrue(Mailbox.to(stranger).isEmpty());
    }

    @Test
    void signingOutEverywhereEndsTheSessionOnEveryDevice() {
        String email = newCustomer();
        Page phone = open(Size.PHONE, "sign-in.xhtml");
        signIn(phone, email, FIRST_PASSWORD);
        Page laptop = open(Size.DESKTOP, "sign-in.xhtml");
        signIn(laptop, email, FIRST_PASSWORD);
        String api = base + "api/v1/bookings";
        assertEquals(200, phone.request().get(api).status());
        assertEquals(200, laptop.request().get(api).status());

        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out everywhere")).click();
        phone.waitForURL(Pattern.compile(".*notice=signed-out-everywhere$"));
        assertThat(phone.locator(".notice")).hasText("You have been signed out on every device.");
        assertEquals(401, phone.request().get(api).status());
        assertEquals(401, laptop.request().get(api).status(), "the other device is signed out too");

        laptop.navigate(base + "sign-in.xhtml");
        signIn(laptop, email, FIRST_PASSWORD);
        assertThat(laptop.locator(".signed-in-as")).isVisible();
        assertEquals(200, laptop.request().get(api).status(), "signing in again works");
    }

    @Test
    void aSignedInPersonIsWarnedBeforeTheSessionEndsAndMayStay() {
        String email = newCustomer();
        for (Size size : Size.values()) {
            Page page = PAGES.open(size);
            page.clock().install();
            page.navigate(base + "sign-in.xhtml");
            signIn(page, email, FIRST_PASSWORD);
            assertThat(page.locator(".signed-in-as")).isVisible();
            assertThat(page.locator("#session-warning")).isHidden();
            // The page arms its timers once loaded; moving the clock on before that would move it past nothing.
            assertThat(page.locator("#session-timeout")).hasAttribute("data-armed", "true");

            page.clock().fastForward("28:01");
            assertThat(page.getByRole(AriaRole.ALERTDIALOG)).isVisible();
            assertThat(page.getByRole(AriaRole.ALERTDIALOG)).containsText("You will be signed out in 2 minutes");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay signed in")))
                    .isFocused();
            Browser.checkAndShoot(page, "session-warning", size);

            page.keyboard().press("Tab");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out now")))
                    .isFocused();
            page.keyboard().press("Tab");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay signed in")))
                    .isFocused();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay signed in")).click();
            assertThat(page.locator("#session-warning")).isHidden();

            page.clock().fastForward("28:01");
            assertThat(page.getByRole(AriaRole.ALERTDIALOG)).isVisible();
            page.clock().fastForward("02:00");
            page.waitForURL(Pattern.compile(".*notice=timed-out$"));
            assertThat(page.locator(".notice")).containsText("You were signed out because you did nothing for 30 minutes");
        }
    }
}
