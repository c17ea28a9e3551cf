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
import coop.market.web.support.Invitations;
import jakarta.json.JsonObject;
import coop.market.web.support.Trader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Members in the back office, in a real browser: staff register a member (who is e-mailed a
 * welcome), find them in the paged list, and set when they work, with clear messages for times
 * that make no sense and nothing saved then.
 */
class StaffMembersIT extends ArquillianIT {

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    private Page signedIn(Size size) {
        return PAGES.signedIn(base, "staff@demo.coop", size);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void staffRegisterAMemberWhoIsWelcomedByEmail() {
        String email = Api.uniqueEmail("fay");
        Page page = signedIn(Size.DESKTOP);
        page.navigate(base + "staff/index.xhtml");
        page.getByRole(AriaRole.LINK, named("Members")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Members");
        for (Size size : Size.values()) {
            Page list = signedIn(size);
            list.navigate(base + "staff/members.xhtml");
            Browser.checkAndShoot(list, "staff-members", size);
        }
        page.getByRole(AriaRole.LINK, named("Register a new member")).click();

        page.getByLabel("Gardening").check();
        page.getByRole(AriaRole.BUTTON, named("Register and e-mail them")).click();
        assertThat(page.locator(".error-summary")).containsText("There is a problem");
        assertThat(page.locator(".error-summary a[href='#name']")).isVisible();
        assertThat(page.locator(".error-summary a[href='#email']")).isVisible();
        assertTrue(page.getByLabel("Gardening").isChecked(), "the choice is kept");
        Browser.checkAndShoot(page, "staff-new-member-errors", Size.DESKTOP);

        page.getByLabel("Name").fill("Fay Fisher");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Cleaning", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Works in these postcode areas").fill("BR5 br6");
        page.getByLabel("About them, for the shop (optional)").fill("Fay loves a tidy garden.");
        page.getByRole(AriaRole.BUTTON, named("Register and e-mail them")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Fay Fisher");
        assertThat(page.locator(".notice")).containsText("We have e-mailed Fay a welcome");
        assertThat(page.locator(".facts")).containsText("Cleaning, Gardening");
        assertThat(page.locator(".facts")).containsText("BR5, BR6");
        Browser.checkAndShoot(page, "staff-member", Size.DESKTOP);
        assertTrue(Invitations.text(Invitations.memberWelcome(email)).startsWith("Hello Fay,"));

        page.navigate(base + "staff/new-member.xhtml");
        page.getByLabel("Name").fill("Fay Again");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Cleaning", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Works in these postcode areas").fill("BR5");
        page.getByRole(AriaRole.BUTTON, named("Register and e-mail them")).click();
        assertThat(page.locator(".error-summary")).containsText("already exists");
    }

    @Test
    void staffChangeAMembersDetailsAndTheyThenSignInWithTheNewAddress() {
        String oldEmail = Api.uniqueEmail("gus");
        String newEmail = Api.uniqueEmail("gustav");
        var registered = staff().post("/members", """
                {"displayName": "Gus Green", "email": "%s", "trades": ["gardening"],
                 "serviceArea": {"postcodes": ["BR5"]}}""".formatted(oldEmail));
        assertEquals(201, registered.status(), registered.toString());
        String id = registered.object().getString("id");
        Page page = signedIn(Size.DESKTOP);
        page.navigate(base + "staff/member.xhtml?id=" + id);
        page.getByRole(AriaRole.LINK, named("Change their details")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Change Gus Green's details");
        assertThat(page.getByLabel("E-mail address")).hasValue(oldEmail);
        assertTrue(page.getByLabel("Gardening").isChecked(), "the stored trades are ticked");
        assertThat(page.getByLabel("Works in these postcode areas")).hasValue("BR5");
        for (Size size : Size.values()) {
            Page form = signedIn(size);
            form.navigate(base + "staff/member-details.xhtml?id=" + id);
            Browser.checkAndShoot(form, "staff-member-details", size);
        }

        page.getByLabel("Name").fill(" ");
        page.getByLabel("Works in these postcode areas").fill("BR5 nowhere!");
        page.getByLabel("About them, for the shop (optional)").fill("Gus grows sweet peas.");
        page.getByRole(AriaRole.BUTTON, named("Save their details")).click();
        assertThat(page.locator(".error-summary a[href='#name']")).isVisible();
        assertThat(page.locator(".error-summary a[href='#postcodes']")).isVisible();
        assertThat(page.getByLabel("About them, for the shop (optional)")).hasValue("Gus grows sweet peas.");
        assertThat(page.getByLabel("Works in these postcode areas")).hasValue("BR5 nowhere!");
        Browser.checkAndShoot(page, "staff-member-details-errors", Size.PHONE);

        page.getByLabel("Name").fill("Gustav Green");
        page.getByLabel("E-mail address").fill(newEmail);
        page.getByLabel("Cleaning", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Works in these postcode areas").fill("BR5 BR6");
        page.getByRole(AriaRole.BUTTON, named("Save their details")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Gustav Green");
        assertThat(page.locator(".notice")).hasText("Saved their details.");
        assertThat(page.locator(".facts")).containsText(newEmail);
        assertThat(page.locator(".facts")).containsText("Cleaning, Gardening");
        assertThat(page.locator(".facts")).containsText("Gus grows sweet peas.");
        assertThat(page.locator("main")).containsText("Name: Gus Green -> Gustav Green");

        // The welcome sent to the old address still works, and the account now signs in at the new one.
        Invitations.choosePassword(PAGES.open(Size.DESKTOP), Invitations.memberWelcome(oldEmail), PASSWORD);
        assertEquals(200, anonymous().as(newEmail, PASSWORD).get("/me/earnings").status());
        assertEquals(401, anonymous().as(oldEmail, PASSWORD).get("/me/earnings").status());
    }

    @Test
    void staffSetWhenAMemberWorksAndNonsenseIsRefusedWithNothingSaved() {
        String member = newMember("cleaning");
        Page page = signedIn(Size.DESKTOP);
        page.navigate(base + "staff/member.xhtml?id=" + member);
        page.getByLabel("From, Monday stretch 1").fill("09:00");
        page.getByLabel("Until, Monday stretch 1").fill("12:00");
        page.getByLabel("From, Monday stretch 2").fill("13:00");
        page.getByLabel("Until, Monday stretch 2").fill("17:00");
        page.getByLabel("From, Wednesday stretch 1").fill("10:00");
        page.getByLabel("Until, Wednesday stretch 1").fill("14:30");
        page.getByLabel("Minutes to get from one job to the next").fill("30");
        page.getByLabel("Most hours in a week (empty: no limit)").fill("16");
        page.getByLabel("First day").fill("2027-04-05");
        page.getByLabel("Last day").fill("2027-04-09");
        page.getByLabel("Why (for the member's record)").fill("Holiday");
        page.getByRole(AriaRole.BUTTON, named("Save when they work")).click();
        assertThat(page.locator(".notice")).containsText("Saved.");

        JsonObject saved = staff().get("/members/" + member + "/availability").object();
        assertEquals(3, saved.getJsonArray("weekly").size(), saved.toString());
        assertEquals(30, saved.getInt("travelBufferMinutes"));
        assertEquals(0, new BigDecimal("16").compareTo(saved.getJsonNumber("maxHoursPerWeek").bigDecimalValue()));
        assertEquals(List.of("2027-04-05"), saved.getJsonArray("exceptions").getValuesAs(JsonObject.class).stream()
                .map(away -> away.getString("from")).toList());
        assertEquals("12:00", page.getByLabel("Until, Monday stretch 1").inputValue(), "the form shows what is kept");
        assertThat(page.locator("label[for='remove-away-0']")).containsText("Monday 5 April 2027 to Friday 9 April 2027");
        for (Size size : Size.values()) {
            Page shown = signedIn(size);
            shown.navigate(base + "staff/member.xhtml?id=" + member);
            Browser.checkAndShoot(shown, "staff-member-availability", size);
        }

        page.getByLabel("From, Tuesday stretch 1").fill("15:00");
        page.getByLabel("Until, Tuesday stretch 1").fill("11:00");
        page.getByLabel("Most hours in a day (empty: no limit)").fill("lots");
        page.getByRole(AriaRole.BUTTON, named("Save when they work")).click();
        assertThat(page.locator(".error-summary")).containsText("There is a problem");
        assertThat(page.locator(".error-summary a[href='#maxHoursPerDay']")).isVisible();
        assertEquals("11:00", page.getByLabel("Until, Tuesday stretch 1").inputValue(), "what was typed stays");
        Browser.checkAndShoot(page, "staff-member-availability-errors", Size.DESKTOP);

        page.getByLabel("Most hours in a day (empty: no limit)").fill("");
        page.getByRole(AriaRole.BUTTON, named("Save when they work")).click();
        assertThat(page.locator(".error-summary a[href='#TUESDAY-1-end']")).isVisible();
        assertEquals(3, staff().get("/members/" + member + "/availability").object().getJsonArray("weekly").size(),
                "nothing was saved");

        page.getByLabel("From, Tuesday stretch 1").fill("");
        page.getByLabel("Until, Tuesday stretch 1").fill("");
        page.getByLabel("Remove: Monday 5 April 2027 to Friday 9 April 2027 (Holiday)").check();
        page.getByRole(AriaRole.BUTTON, named("Save when they work")).click();
        assertThat(page.locator(".notice")).containsText("Saved.");
        assertEquals(0, staff().get("/members/" + member + "/availability").object().getJsonArray("exceptions").size());
    }

    @Test
    void staffRecordWorkDoneAndBookWorkToComeForAMember() {
        Trader gus = newTrader("Gus Green", "cleaning");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Page page = signedIn(Size.DESKTOP);
        page.navigate(base + "staff/member.xhtml?id=" + gus.id());
        page.getByRole(AriaRole.LINK, named("Book or record work for them")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Book or record work for Gus Green");
        Browser.checkAndShoot(page, "staff-record-work", Size.DESKTOP);

        page.getByLabel("The customer's e-mail address").fill("nobody@example.org");
        page.getByLabel("Day").fill(today.minusDays(1).toString());
        page.getByLabel("Start time").fill("10:00");
        page.getByRole(AriaRole.BUTTON, named("Book or record the work")).click();
        assertThat(page.locator(".error-summary")).containsText("There is no customer with this e-mail address");
        assertEquals(today.minusDays(1).toString(), page.getByLabel("Day").inputValue(), "what was typed stays");
        Browser.checkAndShoot(page, "staff-record-work-errors", Size.DESKTOP);

        page.getByLabel("The customer's e-mail address").fill("customer@demo.coop");
        page.getByLabel("How long").selectOption("2");
        page.getByRole(AriaRole.BUTTON, named("Book or record the work")).click();
        assertThat(page.locator(".notice")).containsText("Recorded as done.");
        assertThat(page.locator("#state")).hasText("Confirmed");

        page.navigate(base + "staff/record-work.xhtml?member=" + gus.id());
        String ahead = today.plusDays(3).toString();
        page.getByLabel("The customer's e-mail address").fill("customer@demo.coop");
        page.getByLabel("Day").fill(ahead);
        page.getByLabel("Start time").fill("11:00");
        page.getByLabel("How long").selectOption("1");
        page.getByRole(AriaRole.BUTTON, named("Book or record the work")).click();
        assertThat(page.locator(".notice")).containsText("Booked for the customer.");
        assertThat(page.locator("#state")).hasText("Waiting for an answer");

        page.navigate(base + "staff/record-work.xhtml?member=" + gus.id());
        page.getByLabel("The customer's e-mail address").fill("customer@demo.coop");
        page.getByLabel("Day").fill(ahead);
        page.getByLabel("Start time").fill("11:30");
        page.getByRole(AriaRole.BUTTON, named("Book or record the work")).click();
        assertThat(page.locator(".error-summary")).containsText("That time is not free");
        assertEquals(2, staff().get("/bookings?memberId=" + gus.id()).array().size(), "nothing more was booked");
    }

    @Test
    void staffDownloadAMembersTaxYearStatementFromTheirPage() {
        Trader hal = newTrader("Hal Hughes", "cleaning");
        Page page = signedIn(Size.DESKTOP);
        page.navigate(base + "staff/member.xhtml?id=" + hal.id());
        var links = page.locator("#statements a");
        assertEquals(4, links.count(), "this tax year and last, each as a PDF and a spreadsheet");
        Browser.checkAndShoot(page, "staff-member-statements", Size.DESKTOP);
        for (int i = 0; i < 2; i++) {
            var file = page.request().get(base.toString().replaceAll("/$", "") + links.nth(i).getAttribute("href"));
            assertEquals(200, file.status(), links.nth(i).getAttribute("href"));
        }
        assertTrue(page.request().get(base.toString().replaceAll("/$", "") + links.nth(1).getAttribute("href"))
                .text().startsWith("section,from,to,item,amount"), "the spreadsheet is the statement's CSV");
    }

    @Test
    void anUnknownMemberSaysSo() {
        Page page = signedIn(Size.PHONE);
        page.navigate(base + "staff/member.xhtml?id=nobody");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Member not found");
        Browser.assertAccessible(page);
    }

    @Test
    void staffGiveAMemberTheirOwnContributionAndTheNextPayOutKeepsThatMuch() {
        tenPercentAboveTwentyPounds();
        finishOpenPayoutRuns();
        Trader olly = newTrader("Olly Oakes", "cleaning");
        var method = staff().put("/members/" + olly.id() + "/payout-method", """
                {"method": "STRIPE", "stripeAccount": "acct_olly1"}""");
        assertEquals(200, method.status(), method.toString());
        for (Size size : Size.values()) {
            Page page = signedIn(size);
            page.navigate(base + "staff/member.xhtml?id=" + olly.id());
            assertThat(page.locator("#contribution-now")).hasText("The co-op's contribution, since 6 January 2020:"
                    + " Nothing on the first £20.00 a week, 10% on the rest.");
            Browser.checkAndShoot(page, "staff-member-contribution", size);
        }

        Page page = signedIn(Size.DESKTOP);
        page.navigate(base + "staff/member.xhtml?id=" + olly.id());
        page.getByLabel("The co-op keeps (per cent of their share)").fill("five");
        page.locator("#overrideFrom").fill("2020-01-01");
        page.getByLabel("Until (optional)").fill("2019-12-01");
        page.getByRole(AriaRole.BUTTON, named("Save their rate")).click();
        assertThat(page.locator(".error-summary")).containsText("Give a percentage from 0 to 100, like 10 or 12.5");
        assertThat(page.locator(".error-summary")).containsText("The last day is on or after the first");
        assertThat(page.locator(".error-summary a[href='#overrideReason']")).hasText("Please fill this in");
        assertThat(page.locator("#overrideRate")).hasValue("five");
        assertThat(page.locator("#overrideFrom")).hasValue("2020-01-01");
        assertThat(page.locator("#overrideUntil")).hasValue("2019-12-01");
        assertThat(page.locator("#overrideRate")).hasAttribute("aria-invalid", "true");
        Browser.checkAndShoot(page, "staff-member-contribution-errors", Size.DESKTOP);
        assertEquals("[]", staff().get("/members/" + olly.id() + "/contribution-overrides").body().strip(),
                "nothing saved while anything is wrong");

        page.getByLabel("The co-op keeps (per cent of their share)").fill("5");
        page.getByLabel("Until (optional)").fill("");
        page.getByLabel("Why (for their record)").fill("Agreed at the members' meeting");
        page.getByRole(AriaRole.BUTTON, named("Save their rate")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved. Olly's own rate applies to pay-outs");
        assertThat(page.locator("#contribution-now")).hasText("Their own rate: the co-op keeps 5% of their share,"
                + " from 1 January 2020 until further notice.");
        assertThat(page.locator("#contribution-overrides tbody tr")).hasText(java.util.regex.Pattern.compile(
                "from 1 January 2020 until further notice\\s*5% of their share\\s*Agreed at the members' meeting"));
        assertThat(page.locator("table", new Page.LocatorOptions().setHasText("contribution.override")))
                .containsText("contribution.override: 5% from 2020-01-01: Agreed at the members' meeting");
        Page phone = signedIn(Size.PHONE);
        phone.navigate(base + "staff/member.xhtml?id=" + olly.id());
        Browser.checkAndShoot(phone, "staff-member-contribution-own", Size.PHONE);

        String customer = signUp(Api.uniqueEmail("ollys"), null);
        done(olly, customer, LocalDate.now(LONDON).minusDays(1) + "T09:00", 90);
        JsonObject invoice = invoiceOf(customer);
        assertEquals(201, pay(invoice.getString("id"), "BANK_TRANSFER",
                invoice.getJsonObject("total").getInt("minor")).status());
        var run = staff().post("/payout-runs", "{\"periodEnd\": \"%s\"}".formatted(LocalDate.now(LONDON)));
        assertEquals(201, run.status(), run.toString());
        try {
            JsonObject ollys = run.object().getJsonArray("payouts").getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("memberId").equals(olly.id())).findFirst().orElseThrow();
            assertEquals(2700, ollys.getJsonObject("gross").getInt("minor"), ollys.toString());
            assertEquals(135, ollys.getJsonObject("contribution").getInt("minor"),
                    "5% of £27.00, not the policy's £0.70");
            assertEquals(2565, ollys.getJsonObject("net").getInt("minor"));
        } finally {
            staff().post("/payout-runs/" + run.object().getString("id") + "/cancel", "");
        }
    }
}
