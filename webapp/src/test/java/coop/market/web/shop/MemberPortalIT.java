package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.BrowserPages;
import coop.market.testing.EasyRead;
import coop.market.web.support.Invitations;
import coop.market.web.support.Trader;
import jakarta.mail.internet.MimeMessage;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The member portal in a real browser, as Daniel (the demo member): his requests with a big Yes
 * and No, his weeks, his calendar link; easy read and accessible at phone and desktop width.
 */
class MemberPortalIT extends ArquillianIT {

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /**
     * Daniel's listing and two free one-hour starts of it, the day after tomorrow or later, within
     * next week. He is made available every day first (the demo data gives him no hours).
     */
    private List<String> freeStartsForDaniel() {
        JsonObject daniels = danielsListing();
        String listing = daniels.getString("id");
        availableEveryDay(daniels.getString("memberId"));
        LocalDate from = LocalDate.now(LONDON).plusDays(2);
        LocalDate to = LocalDate.now(LONDON).with(java.time.DayOfWeek.MONDAY).plusWeeks(2).minusDays(1);
        var slots = anonymous().get("/listings/%s/availability?from=%s&to=%s&durationMinutes=60"
                .formatted(listing, from, to)).object().getJsonArray("slots").getValuesAs(JsonObject.class);
        assertTrue(slots.size() >= 4, "Daniel has free time in the next two weeks: " + slots);
        return List.of(listing, slots.get(0).getString("start").substring(0, 16),
                slots.get(slots.size() - 1).getString("start").substring(0, 16));
    }

    private String book(String listing, String start) {
        var booked = anonymous().asCustomer().post("/bookings", """
                {"listingId": "%s", "start": "%s", "durationMinutes": 60, "notes": "Side door, please"}"""
                .formatted(listing, start));
        assertEquals(201, booked.status(), booked.toString());
        return booked.object().getString("id");
    }

    private Page signedInAsDaniel(Size size) {
        Page page = PAGES.open(size);
        page.navigate(base + "member/work.xhtml");
        page.waitForURL(Pattern.compile(".*sign-in\\.xhtml\\?next=.*"));
        page.getByLabel("E-mail address").fill("member@demo.coop");
        page.getByLabel("Password").fill("demo-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/member/work\\.xhtml$"));
        return page;
    }

    @Test
    void danielAnswersRequestsWithABigYesOrNoAndSeesHisWeeks() {
        List<String> free = freeStartsForDaniel();
        String first = book(free.get(0), free.get(1));
        String second = book(free.get(0), free.get(2));

        for (Size size : Size.values()) {
            Page page = signedInAsDaniel(size);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("My work");
            Locator requests = page.locator(".job-request");
            assertThat(requests.filter(new Locator.FilterOptions().setHasText("Side door, please")).first())
                    .isVisible();
            Browser.checkAndShoot(page, "member-work", size);
            EasyRead.assertShortSentences(page.locator("#main").innerText(), "My work with requests");
        }

        Page page = signedInAsDaniel(Size.PHONE);
        Locator firstCard = page.locator(".job-request", new Page.LocatorOptions()
                .setHas(page.locator("#job-" + first)));
        assertThat(firstCard).containsText("For Margaret.");
        assertThat(firstCard).containsText("Can you do this job?");
        firstCard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes, I can")).click();
        assertThat(page.locator(".notice")).hasText("You said yes. We have told the customer.");
        assertEquals("CONFIRMED", anonymous().asCustomer().get("/bookings/" + first).object().getString("status"));
        assertThat(page.locator("#job-" + first)).hasCount(0);
        Browser.checkAndShoot(page, "member-work-said-yes", Size.PHONE);

        page.locator(".job-request", new Page.LocatorOptions().setHas(page.locator("#job-" + second)))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("No, I cannot")).click();
        assertThat(page.locator(".notice")).hasText("You said no. We have told the customer.");
        assertEquals("DECLINED", anonymous().asCustomer().get("/bookings/" + second).object().getString("status"));
    }

    @Test
    void danielSeesHowCloseHeIsToHisEarningsLimitInEasyRead() {
        String daniel = danielsListing().getString("memberId");
        // Far above anything the tests book for Daniel (EarningsLimitsIT sets the same), so it refuses nothing.
        assertEquals(200, staff().put("/members/" + daniel + "/earnings-limit", """
                {"kind": "CUSTOM", "amount": {"minor": 10000000, "currency": "GBP"}, "period": "MONTH",
                 "periodStart": "2026-01-10", "effectiveFrom": "2026-01-10"}""").status());
        Page page = signedInAsDaniel(Size.PHONE);
        Locator earnings = page.locator("#earnings");
        assertThat(earnings.getByRole(AriaRole.HEADING)).hasText("My money");
        assertThat(earnings).containsText("Your limit is £100,000.00.");
        Locator bar = earnings.getByRole(AriaRole.IMG);
        assertThat(bar).hasAttribute("aria-label", java.util.regex.Pattern.compile(
                "^You have earned £[0-9,.]+ of your £100,000\\.00 limit\\.$"));
        assertThat(earnings).containsText("You can earn £");
        Browser.checkAndShoot(page, "member-earnings", Size.PHONE);
        EasyRead.assertShortSentences(page.locator("#main").innerText(), "My work with my earnings");
    }

    @Test
    void danielDownloadsHisTaxYearStatementFromHisPage() {
        Page page = signedInAsDaniel(Size.PHONE);
        Locator statements = page.locator("#statements");
        assertThat(statements.getByRole(AriaRole.HEADING)).hasText("My money for the tax year");
        Locator thisYear = statements.getByRole(AriaRole.LINK).first();
        assertThat(thisYear).containsText("My statement: 6 April");
        Browser.checkAndShoot(page, "member-statements", Size.PHONE);
        EasyRead.assertShortSentences(page.locator("#main").innerText(), "My work with the statements");
        APIResponse pdf = page.request().get(base.toString().replaceAll("/$", "")
                + thisYear.getAttribute("href"));
        assertEquals(200, pdf.status(), "the page's session downloads the member's own statement");
        assertEquals("application/pdf", pdf.headers().get("content-type").split(";")[0]);
        assertTrue(new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF"));
    }

    @Test
    void danielPutsHisWorkOnHisPhone() {
        Page page = signedInAsDaniel(Size.PHONE);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My work"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add my work to my phone calendar"))
                .click();
        Locator link = page.locator("#calendar-url");
        assertThat(link).containsText("/api/v1/calendar/");
        String url = link.innerText().strip();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open in my calendar")))
                .hasAttribute("href", url.replaceFirst("^https?://", "webcal://"));
        Browser.checkAndShoot(page, "member-calendar", Size.PHONE);
        EasyRead.assertShortSentences(page.locator("#main").innerText(), "My work with the calendar link");
        APIResponse feed = page.request().get(url);
        assertEquals(200, feed.status());
        assertTrue(feed.text().startsWith("BEGIN:VCALENDAR"), feed.text());
    }

    @Test
    void aNewMemberIsWelcomedInEasyReadChoosesAPasswordAndSeesTheirWork() {
        Trader eve = newTrader("Eve Evans", "cleaning");
        MimeMessage welcome = Invitations.memberWelcome(eve.email());
        String text = Invitations.text(welcome);
        assertTrue(text.startsWith("Hello Eve,"), text);
        EasyRead.assertShortSentences(text, "the member's welcome e-mail");

        Page page = PAGES.open(Size.PHONE);
        Invitations.choosePassword(page, welcome, "eve's own pass phrase");
        page.getByLabel("E-mail address").fill(eve.email());
        page.getByLabel("Password").fill("eve's own pass phrase");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        assertThat(page.locator(".signed-in-as")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My work")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("My work");
        Browser.checkAndShoot(page, "member-work-new-member", Size.PHONE);
        EasyRead.assertShortSentences(page.locator("#main").innerText(), "My work with nothing booked");

        var again = staff().post("/members", """
                {"displayName": "Eve Again", "email": "%s", "trades": ["cleaning"], "serviceArea": {"postcodes": ["BR5"]}}"""
                .formatted(eve.email()));
        assertEquals(409, again.status(), "one member per e-mail address: " + again);
    }

    @Test
    void onlyMembersHaveThisPage() {
        Page page = PAGES.open(Size.DESKTOP);
        page.navigate(base + "sign-in.xhtml");
        page.getByLabel("E-mail address").fill("customer@demo.coop");
        page.getByLabel("Password").fill("demo-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        assertThat(page.locator(".signed-in-as")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My work"))).hasCount(0);
        page.navigate(base + "member/work.xhtml");
        page.waitForURL(Pattern.compile(".*sign-in\\.xhtml\\?next=.*"));
    }

    @Test
    void aSupporterSeesDanielsWorkAndAnswersOnlyWhenHeLetsThem() {
        List<String> free = freeStartsForDaniel();
        String request = book(free.get(0), free.get(2));
        String danielId = danielsListing().getString("memberId");
        String mum = coop.market.web.support.Api.uniqueEmail("mum");
        assertEquals(201, anonymous().post("/customers", """
                {"name": "Jean Hughes", "email": "%s", "password": "mum's long pass phrase",
                 "address": {"line1": "5 High Street", "town": "Orpington", "postcode": "BR6 0JA"}}"""
                .formatted(mum)).status());
        var named = staff().post("/members/" + danielId + "/supporters", """
                {"email": "%s", "relationship": "His mum", "canAnswer": false}""".formatted(mum));
        assertEquals(201, named.status(), named.toString());

        Page page = PAGES.open(Size.PHONE);
        page.navigate(base + "sign-in.xhtml");
        page.getByLabel("E-mail address").fill(mum);
        page.getByLabel("Password").fill("mum's long pass phrase");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Work I support")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Daniel's work");
        Locator card = page.locator(".job-request", new Page.LocatorOptions().setHas(page.locator("#job-" + request)));
        assertThat(card).containsText("Daniel will answer this.");
        assertThat(card.getByRole(AriaRole.BUTTON)).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Add my work to my phone calendar"))).hasCount(0);
        Browser.checkAndShoot(page, "supporter-work", Size.PHONE);

        assertEquals(204, staff().delete("/members/" + danielId + "/supporters/"
                + named.object().getString("id")).status());
        assertEquals(201, staff().post("/members/" + danielId + "/supporters", """
                {"email": "%s", "relationship": "His mum", "canAnswer": true}""".formatted(mum)).status());
        page.reload();
        card = page.locator(".job-request", new Page.LocatorOptions().setHas(page.locator("#job-" + request)));
        assertThat(card).containsText("Can Daniel do this job?");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes").setExact(true)).click();
        assertThat(page.locator(".notice")).hasText("You said yes. We have told the customer.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Daniel's work");
        assertEquals("CONFIRMED", anonymous().asCustomer().get("/bookings/" + request).object().getString("status"));
        assertTrue(staff().get("/members/" + danielId + "/audit").body().contains(mum));
    }
}
