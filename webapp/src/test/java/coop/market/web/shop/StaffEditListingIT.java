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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff change a listing from its page in a real browser, by keyboard: the listing form filled as the listing is,
 * mistakes beside the fields with nothing typed lost, the change saved; a craft's stock; and taking a listing out of
 * the shop and putting it back. Scanned at both widths.
 */
class StaffEditListingIT extends ArquillianIT {

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void staffChangeAListingByKeyboardAfterPuttingRightWhatWasWrong() {
        Trader kay = newTrader("Kay Kendall", "cleaning", 1800);
        for (Size size : Size.values()) {
            Page page = PAGES.signedIn(base, "staff@demo.coop", size);
            page.navigate(base + "staff/listing.xhtml?id=" + kay.listing());
            Browser.checkAndShoot(page, "staff-listing-in-shop", size);
            tabTo(page, "Change the listing");
            page.keyboard().press("Enter");
            assertThat(page.locator("h1")).hasText("Change Kay Kendall");
            assertThat(page.getByLabel("Price in pounds")).hasValue("18.00");
            assertThat(page.getByLabel("Title")).hasValue("Kay Kendall");
            Browser.checkAndShoot(page, "staff-edit-listing", size);
        }
        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.PHONE);
        page.navigate(base + "staff/edit-listing.xhtml?id=" + kay.listing());
        page.getByLabel("Title").fill("");
        page.getByLabel("Description").fill("Kitchens and bathrooms, top to bottom.");
        page.getByLabel("Price in pounds").fill("lots");
        page.getByRole(AriaRole.BUTTON, named("Save the changes")).click();
        assertThat(page.locator(".error-summary")).containsText("Enter a price in pounds, like 15.00");
        assertThat(page.getByLabel("Description")).hasValue("Kitchens and bathrooms, top to bottom.");
        Browser.checkAndShoot(page, "staff-edit-listing-error", Size.PHONE);

        page.getByLabel("Price in pounds").fill("24.00");
        page.getByRole(AriaRole.BUTTON, named("Save the changes")).click();
        assertThat(page.locator(".error-summary a[href='#title']")).isVisible();
        assertThat(page.locator("#title-error")).isVisible();
        assertThat(page.getByLabel("Price in pounds")).hasValue("24.00");

        page.getByLabel("Title").fill("Deep cleans");
        page.getByLabel("Title").press("Enter");
        assertThat(page.locator("h1")).hasText("Deep cleans");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The changes are saved");
        JsonObject listing = anonymous().get("/listings/" + kay.listing()).object();
        assertEquals("Deep cleans", listing.getString("title"));
        assertEquals("Kitchens and bathrooms, top to bottom.", listing.getString("description"));
        assertEquals(2400, listing.getJsonObject("price").getInt("minor"));
        assertTrue(staff().get("/members/" + kay.id() + "/audit").body().contains("listing.changed"));
    }

    @Test
    void staffChangeACraftsStockAndTakeItOutOfTheShopAndBack() {
        String member = newMember("crafts");
        var created = staff().post("/listings", """
                {"memberId": "%s", "trade": "crafts", "title": "Painted mugs", "description": "A mug.",
                 "price": {"minor": 950, "currency": "GBP"}, "stock": 5, "attributes": {"personalisable": true}}"""
                .formatted(member));
        assertEquals(201, created.status(), created.toString());
        String id = created.object().getString("id");

        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/edit-listing.xhtml?id=" + id);
        assertThat(page.getByLabel("How many are ready to sell (optional)")).hasValue("5");
        assertThat(page.getByLabel("Can be personalised")).isChecked();
        page.getByLabel("How many are ready to sell (optional)").fill("8");
        page.getByRole(AriaRole.BUTTON, named("Save the changes")).click();
        assertThat(page.locator(".facts")).containsText("8 ready to sell");
        assertEquals(8, anonymous().get("/listings/" + id).object().getInt("stock"));

        page.getByRole(AriaRole.BUTTON, named("Take it out of the shop")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The listing is out of the shop");
        assertThat(page.locator(".facts")).containsText("No, taken out of the shop");
        assertEquals(404, anonymous().get("/listings/" + id).status());
        Browser.checkAndShoot(page, "staff-listing-withdrawn", Size.DESKTOP);
        page.navigate(base + "staff/member.xhtml?id=" + member);
        assertThat(page.locator("body")).containsText("Painted mugs (Crafts, out of the shop)");

        page.navigate(base + "staff/listing.xhtml?id=" + id);
        page.getByRole(AriaRole.BUTTON, named("Put it back in the shop")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The listing is back in the shop");
        assertEquals(200, anonymous().get("/listings/" + id).status());
    }

    /** Presses Tab until the element named {@code name} has the focus: it is reachable by keyboard. */
    static void tabTo(Page page, String name) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            Object focused = page.evaluate("() => document.activeElement && (document.activeElement.innerText"
                    + " || document.activeElement.value || '').trim()");
            if (name.equals(focused)) {
                return;
            }
        }
        throw new AssertionError(name + " cannot be reached with the Tab key");
    }
}
