package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.BrowserPages;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff put a member's work and crafts in the shop from the member's page, in a real browser: the trade's own
 * listing options drawn from its plugin, mistakes explained beside the fields with nothing typed lost, and the new
 * listing stored as asked. Scanned at both widths.
 */
class StaffNewListingIT extends ArquillianIT {

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void staffListAGardenersWorkWithItsOptionsAfterPuttingRightWhatWasWrong() {
        String member = newMember("gardening", "crafts");
        for (Size size : Size.values()) {
            Page page = PAGES.signedIn(base, "staff@demo.coop", size);
            page.navigate(base + "staff/member.xhtml?id=" + member);
            page.getByRole(AriaRole.LINK, named("Gardening listing")).click();
            assertThat(page.locator("h1")).hasText("Gardening by Test Member");
            Browser.checkAndShoot(page, "staff-new-listing", size);
        }
        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/new-listing.xhtml?member=" + member + "&trade=gardening");
        page.getByLabel("Description").fill("Weeding and hedges, done with care.");
        page.getByLabel("Price in pounds").fill("lots");
        page.getByRole(AriaRole.BUTTON, named("Put it in the shop")).click();
        assertThat(page.locator(".error-summary")).containsText("Enter a price in pounds, like 15.00");
        assertThat(page.getByLabel("Description")).hasValue("Weeding and hedges, done with care.");
        Browser.checkAndShoot(page, "staff-new-listing-error", Size.DESKTOP);

        page.getByLabel("Price in pounds").fill("20.00");
        page.getByRole(AriaRole.BUTTON, named("Put it in the shop")).click();
        assertThat(page.locator(".error-summary a[href='#title']")).isVisible();
        assertThat(page.getByLabel("Price in pounds")).hasValue("20.00");

        page.getByLabel("Title").fill("Careful garden care");
        page.getByLabel("planting").uncheck();
        page.getByLabel("A visit").check();
        page.getByLabel("Can take green waste away").check();
        page.getByLabel("Charge for taking green waste away (pounds)").fill("4.50");
        page.getByRole(AriaRole.BUTTON, named("Put it in the shop")).click();
        assertThat(page.locator("h1")).hasText("Careful garden care");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The listing is in the shop now");

        String id = page.url().replaceAll(".*[?&]id=([^&]+).*", "$1");
        JsonObject listing = anonymous().get("/listings/" + id).object();
        assertEquals(2000, listing.getJsonObject("price").getInt("minor"));
        assertEquals("VISIT", listing.getString("priceUnit"));
        JsonObject options = listing.getJsonObject("attributes");
        List<String> tasks = options.getJsonArray("tasks").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertEquals(List.of("mowing", "hedge-trimming", "weeding"), tasks);
        assertFalse(tasks.contains("planting"));
        assertEquals(true, options.getBoolean("greenWasteRemoval"));
        assertEquals(450, options.getJsonObject("greenWasteSurcharge").getInt("minor"));
    }

    @Test
    void staffListACraftWithItsStockOrAsMadeToOrder() {
        String member = newMember("crafts");
        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/new-listing.xhtml?member=" + member + "&trade=crafts");
        page.getByLabel("Title").fill("Painted mugs");
        page.getByLabel("Description").fill("A mug with your name on it.");
        page.getByLabel("Price in pounds").fill("9.50");
        page.getByLabel("How many are ready to sell (optional)").fill("four");
        page.getByRole(AriaRole.BUTTON, named("Put it in the shop")).click();
        assertThat(page.locator("#stock-error")).containsText("Enter how many are in stock");
        page.getByLabel("How many are ready to sell (optional)").fill("4");
        page.getByLabel("Can be personalised").check();
        page.getByRole(AriaRole.BUTTON, named("Put it in the shop")).click();
        assertThat(page.locator("h1")).hasText("Painted mugs");

        String id = page.url().replaceAll(".*[?&]id=([^&]+).*", "$1");
        JsonObject listing = anonymous().get("/listings/" + id).object();
        assertEquals(4, listing.getInt("stock"));
        assertEquals(950, listing.getJsonObject("price").getInt("minor"));
        assertEquals(true, listing.getJsonObject("attributes").getBoolean("personalisable"));
    }

    @Test
    void aTradeTheMemberDoesNotDoIsNotListed() {
        String member = newMember("crafts");
        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/new-listing.xhtml?member=" + member + "&trade=gardening");
        assertThat(page.locator("h1")).hasText("Members");
    }
}
