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
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bookings calendar and a booking's own page in a real browser: staff see a week of one
 * member's or every member's bookings, open one, and answer, move or cancel it for the member.
 */
class StaffBookingsIT extends ArquillianIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    private Page signedIn(String email, Size size) {
        return PAGES.signedIn(base, email, size);
    }

    private String book(Trader trader, LocalDate day, String time) {
        var booked = anonymous().asCustomer().post("/bookings", """
                {"listingId": "%s", "start": "%sT%s", "durationMinutes": 60}""".formatted(trader.listing(), day, time));
        assertEquals(201, booked.status(), booked.toString());
        return booked.object().getString("id");
    }

    @Test
    void staffSeeAWeekOfAMembersBookingsAndOpenOne() {
        Trader cal = newTrader("Cal Carter", "cleaning");
        LocalDate day = LocalDate.now(LONDON).plusDays(8);
        String booking = book(cal, day, "10:00");

        for (Size size : Size.values()) {
            Page page = signedIn("staff@demo.coop", size);
            page.navigate(base + "staff/index.xhtml");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bookings calendar")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Bookings calendar");
            page.navigate(base + "staff/bookings.xhtml?week=" + day + "&member=" + cal.id());
            assertThat(page.locator("#week-heading")).containsText("Cal Carter's bookings");
            assertThat(page.locator("#bookings tbody tr")).hasCount(1);
            assertThat(page.locator("#bookings tbody tr").first()).containsText("Waiting for an answer");
            Browser.checkAndShoot(page, "staff-bookings-calendar", size);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Open: "))).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("for ");
            assertThat(page.locator("#state")).hasText("Waiting for an answer");
            Browser.checkAndShoot(page, "staff-booking", size);
        }

        Page page = signedIn("staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/bookings.xhtml?week=" + day.plusWeeks(1));
        assertThat(page.locator("#week-heading")).containsText("Every member's bookings");
        page.getByLabel("Show the bookings of").selectOption(cal.id());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        assertThat(page.getByLabel("Show the bookings of")).hasValue(cal.id());
        assertThat(page.locator("#week-heading")).containsText("Cal Carter's bookings");
        assertThat(page.locator("#bookings tbody tr")).hasText("No bookings this week.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Previous week")).click();
        assertThat(page.locator("#bookings tbody tr").first()).containsText("Cal Carter");
        assertTrue(page.url().contains("member=" + cal.id()), "the member stays chosen: " + page.url());
        assertEquals(booking, page.locator("#bookings a").first().getAttribute("href").replaceAll(".*id=", ""));
    }

    @Test
    void staffAcceptMoveAndCancelABookingForTheMember() {
        Trader dee = newTrader("Dee Dawson", "cleaning");
        LocalDate day = LocalDate.now(LONDON).plusDays(5);
        String booking = book(dee, day, "10:00");
        book(dee, day.plusDays(1), "14:00");

        Page page = signedIn("staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/booking.xhtml?id=" + booking);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
        assertThat(page.locator(".notice")).containsText("Accepted for the member.");
        assertThat(page.locator("#state")).hasText("Confirmed");
        assertEquals("CONFIRMED", staff().get("/bookings/" + booking).object().getString("status"));

        // A time the member already has taken is refused, and nothing moves.
        page.getByLabel("Day").fill(day.plusDays(1).toString());
        page.getByLabel("Start time").fill("14:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the booking")).click();
        assertThat(page.locator(".error-summary")).containsText("That time is not free");
        assertTrue(staff().get("/bookings/" + booking).object().getString("start").startsWith(day + "T10:00"));

        page.getByLabel("Day").fill(day.plusDays(1).toString());
        page.getByLabel("Start time").fill("11:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the booking")).click();
        assertThat(page.locator(".notice")).containsText("Moved.");
        JsonObject moved = staff().get("/bookings/" + booking).object();
        assertTrue(moved.getString("start").startsWith(day.plusDays(1) + "T11:00"), moved.toString());
        assertEquals("CONFIRMED", moved.getString("status"));
        assertThat(page.locator(".plain-table")).containsText("Moved from");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel and tell the customer")).click();
        assertThat(page.locator(".notice")).containsText("Cancelled.");
        assertThat(page.locator("#state")).hasText("Cancelled");
        assertEquals("CANCELLED", staff().get("/bookings/" + booking).object().getString("status"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the booking")))
                .hasCount(0);
    }

    @Test
    void staffAcceptWorkOverAMembersEarningsLimitOnlyWithAReason() {
        Trader ivy = newTrader("Ivy Irwin", "cleaning");
        LocalDate day = LocalDate.now(LONDON).plusDays(5);
        assertEquals(200, staff().put("/members/" + ivy.id() + "/earnings-limit", """
                {"kind": "CUSTOM", "amount": {"minor": 1000, "currency": "GBP"}, "period": "WEEK",
                 "effectiveFrom": "%s"}""".formatted(LocalDate.now(LONDON))).status());
        String booking = book(ivy, day, "10:00"); // GBP 18 of work against a GBP 10 limit

        Page page = signedIn("staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/booking.xhtml?id=" + booking);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept").setExact(true)).click();
        assertThat(page.locator("#over-limit-detail")).containsText("over their limit of £10.00");
        assertThat(page.locator("#state")).hasText("Waiting for an answer");
        Browser.checkAndShoot(page, "staff-booking-over-limit", Size.DESKTOP);

        Page.GetByRoleOptions overLimit = new Page.GetByRoleOptions().setName("Accept over the limit");
        page.getByRole(AriaRole.BUTTON, overLimit).click();
        assertThat(page.locator(".error-summary")).containsText("Say why");
        page.getByLabel("Why may this work go over the limit?").fill("Agreed with Ivy's adviser for this week");
        page.getByRole(AriaRole.BUTTON, overLimit).click();
        assertThat(page.locator(".notice")).containsText("Accepted over the member's earnings limit");
        assertEquals("CONFIRMED", staff().get("/bookings/" + booking).object().getString("status"));
        assertTrue(staff().get("/members/" + ivy.id() + "/audit").body().contains("Agreed with Ivy's adviser"));
    }

    @Test
    void onlyStaffHaveTheCalendarAndBookingPages() {
        Page page = signedIn("customer@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/bookings.xhtml");
        page.waitForURL(Pattern.compile(".*sign-in\\.xhtml\\?next=.*"));
        page.navigate(base + "staff/booking.xhtml?id=anything");
        page.waitForURL(Pattern.compile(".*sign-in\\.xhtml\\?next=.*"));
    }

    @Test
    void anUnknownBookingSaysSo() {
        Page page = signedIn("staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/booking.xhtml?id=no-such-booking");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Booking not found");
        Browser.assertAccessible(page);
    }
}
