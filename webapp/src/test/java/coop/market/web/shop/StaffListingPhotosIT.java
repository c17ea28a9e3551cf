package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.BrowserPages;
import coop.market.web.support.Trader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Listings' photos in a real browser: staff reach a member's listing from the member's page, add a
 * photo with words for people who cannot see it (wrong files and missing words are explained), the
 * shop shows it, and staff remove it again.
 */
class StaffListingPhotosIT extends ArquillianIT {

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    private static final String WORDS = "A freshly cleaned kitchen with a shining sink";

    @Test
    void staffAddAPhotoTheShopShowsAndRemoveIt() throws IOException {
        Trader jo = newTrader("Jo Jenkins", "cleaning");
        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/member.xhtml?id=" + jo.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jo Jenkins").setExact(true)).click();
        assertThat(page.getByText("No photos yet.")).isVisible();
        Browser.checkAndShoot(page, "staff-listing", Size.DESKTOP);

        page.locator("#photo").setInputFiles(new FilePayload("notes.txt", "text/plain",
                "not a picture".getBytes(StandardCharsets.UTF_8)));
        addPhoto(page);
        assertThat(page.locator(".error-summary")).containsText("Please choose a JPEG or PNG picture");
        assertThat(page.locator(".error-summary")).containsText("Please fill this in");
        Browser.checkAndShoot(page, "staff-listing-errors", Size.DESKTOP);

        page.locator("#photo").setInputFiles(new FilePayload("kitchen.png", "image/png", png(2400, 1200)));
        page.locator("#altText").fill(WORDS);
        addPhoto(page);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The photo is added");
        Locator photo = page.getByAltText(WORDS);
        assertThat(photo).isVisible();
        assertEquals(1600, ((Number) photo.evaluate("img => img.naturalWidth")).intValue(), "made smaller");
        String src = photo.getAttribute("src");
        APIResponse served = page.request().get(base.toString().replaceAll("/$", "") + src);
        assertEquals(200, served.status());
        assertEquals("image/jpeg", served.headers().get("content-type"));
        assertTrue(served.headers().get("cache-control").contains("immutable"), served.headers().toString());
        Browser.checkAndShoot(page, "staff-listing-photo", Size.DESKTOP);

        for (Size size : Size.values()) {
            Page shop = PAGES.open(size);
            shop.navigate(base + "shop/listing.xhtml?id=" + jo.listing());
            assertThat(shop.getByAltText(WORDS)).isVisible();
            Browser.checkAndShoot(shop, "shop-listing-photo", size);
            shop.navigate(base + "?q=Jenkins");
            assertThat(shop.getByAltText(WORDS).first()).isVisible();
            Browser.checkAndShoot(shop, "shop-search-photo", size);
        }

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove the photo: " + WORDS)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The photo is removed");
        assertEquals(0, page.getByAltText(WORDS).count());
        assertEquals(404, page.request().get(base.toString().replaceAll("/$", "") + src).status());
    }

    @Test
    void thePhonePageIsAccessibleToo() {
        Trader kim = newTrader("Kim Kaur", "gardening");
        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.PHONE);
        page.navigate(base + "staff/listing.xhtml?id=" + kim.listing());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName("Add a photo")))
                .isVisible();
        Browser.checkAndShoot(page, "staff-listing", Size.PHONE);
        page.navigate(base + "staff/listing.xhtml?id=nothing-here");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Listing not found");
        Browser.assertAccessible(page);
    }

    private static void addPhoto(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the photo")).click();
        page.waitForLoadState();
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new Color(0x2E7D32));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }
}
