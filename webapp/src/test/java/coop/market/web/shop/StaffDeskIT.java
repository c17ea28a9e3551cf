package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.market.application.PlainWords;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.BrowserPages;
import coop.market.web.support.Trader;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The staff desk in a real browser: requests waiting for an answer, paged in the database, with
 * Accept and Decline on the member's behalf (audited), and today's jobs; staff only.
 */
class StaffDeskIT extends ArquillianIT {

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    private Page signedIn(String email, Size size) {
        return PAGES.signedIn(base, email, size);
    }

    /** A request for a new cleaner, the first free hour two days ahead. */
    private String aWaitingRequest() {
        String member = newMember("cleaning");
        availableEveryDay(member);
        var listing = staff().post("/listings", """
                {"memberId": "%s", "trade": "cleaning", "title": "Cleaning", "description": "Homes.",
                 "price": {"minor": 1500, "currency": "GBP"}}""".formatted(member));
        assertEquals(201, listing.status(), listing.toString());
        String day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(2).toString();
        var booked = anonymous().asCustomer().post("/bookings", """
                {"listingId": "%s", "start": "%sT10:00", "durationMinutes": 60}"""
                .formatted(listing.object().getString("id"), day));
        assertEquals(201, booked.status(), booked.toString());
        return booked.object().getString("id");
    }

    @Test
    void staffAnswerAWaitingRequestForTheMember() {
        aWaitingRequest();
        aWaitingRequest();
        for (Size size : Size.values()) {
            Page page = signedIn("staff@demo.coop", size);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff desk")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Staff desk");
            assertThat(page.locator("#waiting tbody tr").first()).isVisible();
            Browser.checkAndShoot(page, "staff-desk", size);
        }

        Page page = signedIn("staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/index.xhtml");
        Locator accept = page.locator("#waiting button[name=answer][value^='accept ']").first();
        String acceptId = accept.getAttribute("value").substring("accept ".length());
        accept.click();
        assertThat(page.locator(".notice")).hasText(
                "Accepted for the member. The customer and the member have been e-mailed.");
        JsonObject accepted = staff().get("/bookings/" + acceptId).object();
        assertEquals("CONFIRMED", accepted.getString("status"));
        assertTrue(staff().get("/members/" + accepted.getString("memberId") + "/audit").body()
                .contains("booking.confirm"), "staff acting for a member is audited");

        Locator decline = page.locator("#waiting button[name=answer][value^='decline ']").first();
        String declineId = decline.getAttribute("value").substring("decline ".length());
        decline.click();
        assertThat(page.locator(".notice")).containsText("Declined for the member.");
        assertEquals("DECLINED", staff().get("/bookings/" + declineId).object().getString("status"));
    }

    @Test
    void theDeskListsMembersNearTheirEarningsLimit() {
        Trader eve = newTrader("Eve Nearby", "cleaning");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        assertEquals(200, staff().put("/members/" + eve.id() + "/earnings-limit", """
                {"kind": "CUSTOM", "amount": {"minor": 2000, "currency": "GBP"}, "period": "WEEK",
                 "periodStart": "%s", "effectiveFrom": "%s"}""".formatted(today, today)).status());
        var booked = anonymous().asCustomer().post("/bookings", """
                {"listingId": "%s", "start": "%sT10:00", "durationMinutes": 60}""".formatted(eve.listing(),
                today.plusDays(3)));
        assertEquals(201, booked.status(), booked.toString());
        assertEquals(200, staff().post("/bookings/" + booked.object().getString("id") + "/confirm", "").status());

        Page page = signedIn("staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/index.xhtml");
        assertThat(page.locator("section[aria-labelledby=near-limit-heading]")).containsText(
                "Eve Nearby, " + PlainWords.shortDate(today) + " to " + PlainWords.shortDate(today.plusDays(6))
                        + ": £18.00 forecast of a £20.00 limit, £2.00 left.");
        Browser.checkAndShoot(page, "staff-desk-near-limit", Size.DESKTOP);
    }

    @Test
    void theDeskChartsTheMonthsIncomeWeekByWeek() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        int firstOfWeek = Math.min(22, 1 + (today.getDayOfMonth() - 1) / 7 * 7);
        Page page = signedIn("staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/index.xhtml");
        Locator thisWeek = page.locator("#income tbody tr", new Page.LocatorOptions()
                .setHas(page.locator("th", new Page.LocatorOptions().setHasText(
                        Pattern.compile("^" + firstOfWeek + " to ")))));
        long before = pence(thisWeek.locator("td").first().innerText());

        String customer = signUp(coop.market.web.support.Api.uniqueEmail("payer"), null);
        done(newTrader("Ian Income", "cleaning"), customer, today.minusDays(1) + "T09:00", 60);
        JsonObject invoice = invoiceOf(customer);
        assertEquals(201, pay(invoice.getString("id"), "CASH", 1234).status());

        page.navigate(base + "staff/index.xhtml");
        assertEquals(before + 1234, pence(thisWeek.locator("td").first().innerText()));
        assertThat(page.locator("#income")).containsText("Money received in "
                + today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK));
        assertTrue(page.locator("#income tbody tr").count() >= 4, "a row for each week of the month");
        Browser.checkAndShoot(page, "staff-desk-income", Size.DESKTOP);
    }

    private static long pence(String money) {
        return Long.parseLong(money.replaceAll("[^0-9]", ""));
    }

    @Test
    void theWaitingListIsPagedInTheDatabase() {
        for (int i = 0; i < 3; i++) {
            aWaitingRequest();
        }
        Page page = signedIn("staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/index.xhtml");
        String report = page.locator("#waiting .ui-paginator-current").first().innerText();
        assertTrue(Pattern.compile("1-\\d+ of \\d+").matcher(report).matches(), report);
        int total = Integer.parseInt(report.substring(report.indexOf(" of ") + 4));
        assertEquals(Math.min(20, total), page.locator("#waiting tbody tr").count());
        if (total > 20) {
            page.locator("#waiting .ui-paginator-next").first().click();
            assertThat(page.locator("#waiting .ui-paginator-current").first()).hasText(
                    Pattern.compile("21-\\d+ of " + total));
        }
    }

    @Test
    void onlyStaffHaveTheDesk() {
        Page page = signedIn("customer@demo.coop", Size.DESKTOP);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff desk"))).hasCount(0);
        page.navigate(base + "staff/index.xhtml");
        page.waitForURL(Pattern.compile(".*sign-in\\.xhtml\\?next=.*"));
    }

    @Test
    void staffPauseAMemberAndGiveTheirBookingToAnother() {
        Trader ann = newTrader("Ann Able", "cleaning");
        Trader bea = newTrader("Bea Baker", "cleaning");
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(4);
        var booked = anonymous().asCustomer().post("/bookings", """
                {"listingId": "%s", "start": "%sT10:00", "durationMinutes": 60}""".formatted(ann.listing(), day));
        assertEquals(201, booked.status(), booked.toString());
        String booking = booked.object().getString("id");

        for (Size size : Size.values()) {
            Page page = signedIn("staff@demo.coop", size);
            page.navigate(base + "staff/index.xhtml");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pause a member")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Pause a member");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause and show their bookings"))
                    .click();
            assertThat(page.locator(".error-summary li")).hasCount(3);
            assertThat(page.locator(".error-summary")).containsText("Please fill this in");
            Browser.checkAndShoot(page, "staff-pause-error", size);
        }

        Page page = signedIn("staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/pause.xhtml");
        page.getByLabel("Member", new Page.GetByLabelOptions().setExact(true)).selectOption(ann.id());
        page.getByLabel("First day away").fill(day.toString());
        page.getByLabel("Last day away").fill(day.plusDays(2).toString());
        page.getByLabel("Why (for the member's record)").fill("Hospital stay");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause and show their bookings")).click();
        assertThat(page.locator(".notice")).containsText("Paused.");
        Locator card = page.locator(".job-card", new Page.LocatorOptions().setHas(page.locator("#booking-" + booking)));
        assertThat(card).containsText("Waiting for an answer.");
        Browser.checkAndShoot(page, "staff-pause-bookings", Size.DESKTOP);

        card.getByLabel("Give to").selectOption(bea.id());
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Give to this member")).click();
        assertThat(page.locator(".notice")).containsText("Given to the other member.");
        assertThat(page.locator("#booking-" + booking)).hasCount(0);
        assertEquals(bea.id(), staff().get("/bookings/" + booking).object().getString("memberId"));
    }
}
