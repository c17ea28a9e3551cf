package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.BrowserPages;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The settings pages for money rules, in a real browser: the co-op's contribution policy (staff read it, an
 * administrator adds one from a day) and the benefit and tax figures staff add each April. Figures are added far in
 * the future, so no other test's pay-outs or limits change.
 */
class MoneySettingsIT extends ArquillianIT {

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    @Test
    void staffReadTheContributionButOnlyAnAdministratorChangesIt() {
        for (Size size : Size.values()) {
            Page page = PAGES.signedIn(base, "staff@demo.coop", size);
            page.navigate(base + "staff/settings.xhtml");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The co-op's contribution")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("The co-op's contribution");
            assertThat(page.getByText("Only an administrator can change the contribution.")).isVisible();
            assertEquals(0, page.locator("form#policy").count());
            Browser.checkAndShoot(page, "staff-contributions-read", size);
        }
    }

    @Test
    void anAdministratorAddsAContributionFromADayAndWrongEntriesKeepWhatWasTyped() {
        Page page = PAGES.signedIn(base, "admin@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/contributions.xhtml");
        Browser.checkAndShoot(page, "staff-contributions", Size.DESKTOP);

        page.locator("#effectiveFrom").fill("2091-01-07");
        page.locator("#bandRate0").fill("0");
        page.locator("#bandFrom1").fill("twenty");
        page.locator("#bandRate1").fill("150");
        page.locator("#weeklyCap").fill("15.00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the new contribution")).click();
        assertThat(page.locator(".error-summary")).containsText("Enter the amount this band starts from");
        assertThat(page.locator("#bandFrom1")).hasValue("twenty");
        assertThat(page.locator("#bandRate1")).hasValue("150");
        assertThat(page.locator("#weeklyCap")).hasValue("15.00");
        assertThat(page.locator("#bandFrom1")).hasAttribute("aria-invalid", "true");
        Browser.checkAndShoot(page, "staff-contributions-errors", Size.DESKTOP);

        page.locator("#bandFrom1").fill("20.00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the new contribution")).click();
        assertThat(page.locator(".error-summary")).containsText("Give a percentage from 0 to 100");
        assertThat(page.locator("#bandRate1")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#bandFrom1")).hasValue("20.00");
        assertEquals(0, anonymous().as("admin@demo.coop", Api.DEMO_PASSWORD).get("/contribution-policies").array()
                .stream().map(JsonObject.class::cast).filter(p -> p.getString("effectiveFrom").equals("2091-01-07"))
                .count(), "nothing is saved while anything is wrong");

        page.locator("#bandRate1").fill("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the new contribution")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The new contribution is saved");
        Locator row = row(page, "#policies", "7 January 2091");
        assertThat(row).containsText("Nothing on the first £20.00 a week, 10% on the rest.");
        assertThat(row).containsText("At most £15.00 a week");

        JsonObject saved = anonymous().as("admin@demo.coop", Api.DEMO_PASSWORD).get("/contribution-policies")
                .array().stream().map(JsonObject.class::cast)
                .filter(p -> p.getString("effectiveFrom").equals("2091-01-07")).findFirst().orElseThrow();
        assertEquals(2000, saved.getJsonArray("bands").getJsonObject(1).getJsonObject("from").getInt("minor"));
        assertEquals(1500, saved.getJsonObject("weeklyCap").getInt("minor"), saved.toString());

        page.locator("#effectiveFrom").fill("2091-01-07");
        page.locator("#bandRate0").fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the new contribution")).click();
        assertThat(page.locator(".error-summary")).containsText("A policy already starts on 2091-01-07");
    }

    @Test
    void staffAddNextAprilsFiguresToTheRateTable() {
        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.PHONE);
        page.navigate(base + "staff/settings.xhtml");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Benefit and tax figures")).click();
        assertThat(page.locator("#rates")).containsText("ESA permitted work: higher limit, a week");
        assertThat(page.locator("#rates")).containsText("£195.50");
        Browser.checkAndShoot(page, "staff-benefit-rates", Size.PHONE);

        page.locator("#name").selectOption("ESA_HIGHER");
        page.locator("#effectiveFrom").fill("2090-04-06");
        page.locator("#amount").fill("two hundred");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the figure")).click();
        assertThat(page.locator(".error-summary")).containsText("Enter the amount in pounds, like 203.50");
        assertThat(page.locator("#amount")).hasValue("two hundred");
        assertThat(page.locator("#effectiveFrom")).hasValue("2090-04-06");
        Browser.checkAndShoot(page, "staff-benefit-rates-errors", Size.PHONE);

        page.locator("#amount").fill("207.00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the figure")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The figure is saved");
        assertThat(row(page, "#rates", "£207.00")).containsText("6 April 2090");

        page.locator("#name").selectOption("ESA_HOURS");
        page.locator("#effectiveFrom").fill("2090-04-06");
        page.locator("#amount").fill("15.5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the figure")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The figure is saved");
        assertThat(row(page, "#rates", "15.5 hours")).containsText("6 April 2090");
        assertTrue(staff().get("/benefit-rates").body().contains("\"minutes\":930"),
                "15.5 hours are kept as 930 minutes");

        page.locator("#name").selectOption("ESA_HIGHER");
        page.locator("#effectiveFrom").fill("2090-04-06");
        page.locator("#amount").fill("204.00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the figure")).click();
        assertThat(page.locator(".error-summary")).containsText("already starts on 2090-04-06");
        assertThat(page.locator("#amount")).hasValue("204.00");
    }

    private static Locator row(Page page, String table, String text) {
        return page.locator(table + " tbody tr", new Page.LocatorOptions().setHasText(text));
    }
}
