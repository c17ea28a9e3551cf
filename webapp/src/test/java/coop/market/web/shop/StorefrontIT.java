package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import coop.market.web.support.Api;
import coop.market.web.support.Browser;
import coop.market.web.support.BrowserPages;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.Deployments;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The storefront in a real browser, on the demo co-op: what a customer sees, that search and
 * pricing work, and that every page passes an axe-core WCAG 2.2 AA scan at phone and desktop width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StorefrontIT {

    private static final List<String> DEMO_TRADES = List.of("Cleaning", "Gardening", "Crafts");

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.coopMarket();
    }

    @ArquillianResource
    URL base;

    private Page page;

    @Test
    void homePageShowsTheTradesAndDemoListingsAndIsAccessibleAtBothWidths() {
        for (Size size : Size.values()) {
            Page home = open(size, "");
            assertThat(home.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Local work by local people");
            List<String> trades = home.locator(".trade-card h3").allInnerTexts();
            assertTrue(trades.containsAll(DEMO_TRADES), "trades shown: " + trades);
            assertFalse(listingTitles(home).isEmpty(), "the newest listings are shown");
            Browser.checkAndShoot(home, "home", size);
        }
        // Other tests add listings too, and the page shows only the newest: find the demo ones by name.
        for (String demo : List.of("Home cleaning by Daniel", "Lawn mowing and hedge trimming",
                "Hand-made greeting cards")) {
            Page found = open(Size.DESKTOP, "?q=" + demo.replace(' ', '+'));
            assertTrue(listingTitles(found).contains(demo), demo + ": " + listingTitles(found));
            if (demo.equals("Home cleaning by Daniel")) {
                assertThat(found.locator(".listing-card", new Page.LocatorOptions().setHasText(demo)))
                        .containsText("£15.00 an hour");
            }
        }
    }

    @Test
    void searchingByPostcodeShowsOnlyMembersWhoWorkThereAndCrafts() {
        page = open(Size.DESKTOP, "");
        page.getByLabel("Your postcode").fill("BR7");
        page.getByLabel("What kind of work").selectOption("cleaning");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        page.waitForURL("**postcode=BR7**");

        assertThat(page.locator("#listings-heading")).hasText("Results");
        List<String> listings = listingTitles(page);
        assertTrue(listings.contains("Office and home cleaning"), "Grace works in BR7: " + listings);
        assertFalse(listings.contains("Home cleaning by Daniel"), "Daniel does not: " + listings);
        assertThat(page.getByLabel("Your postcode")).hasValue("BR7");
        Browser.checkAndShoot(page, "search-br7", Size.DESKTOP);

        List<String> gardening = listingTitles(open(Size.DESKTOP, "?postcode=BR7&trade=gardening"));
        assertFalse(gardening.contains("Garden tidy-ups") || gardening.contains("Lawn mowing and hedge trimming"),
                "no demo gardener works in BR7: " + gardening);
        List<String> crafts = listingTitles(open(Size.DESKTOP, "?postcode=BR7&q=Hand-made"));
        assertTrue(crafts.contains("Hand-made greeting cards"), "crafts go anywhere: " + crafts);
    }

    @Test
    void aPostcodeThatIsNotOneIsExplainedNextToTheFieldAndInASummary() {
        for (Size size : Size.values()) {
            Page search = open(size, "");
            search.getByLabel("Your postcode").fill("zz");
            search.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
            search.waitForURL("**postcode=zz**");

            Locator summary = search.locator(".error-summary");
            assertThat(summary).isVisible();
            assertThat(summary.getByRole(AriaRole.HEADING)).hasText("There is a problem");
            Locator link = summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                    .setName("Enter a postcode like BR5 3AB, or its first part like BR5"));
            assertThat(link).hasAttribute("href", "#postcode");
            assertThat(summary).isFocused();
            Locator postcode = search.getByLabel("Your postcode");
            assertThat(postcode).hasValue("zz");
            assertThat(postcode).hasAttribute("aria-invalid", "true");
            assertThat(postcode).hasAccessibleDescription(Pattern.compile("Enter a postcode like BR5 3AB"));
            Browser.checkAndShoot(search, "search-error", size);

            link.click();
            assertThat(postcode).isFocused();
        }
    }

    @Test
    void aCleaningQuoteIsWorkedOutFromBedroomsAndBathrooms() {
        page = openListing(Size.PHONE, "Home cleaning by Daniel");
        page.getByLabel("Number of bedrooms").fill("3");
        page.getByLabel("Number of bathrooms").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Work out the price")).click();

        Locator quote = page.locator("table.quote");
        assertThat(quote).isVisible();
        assertThat(quote.locator("tfoot")).containsText("£45.00");
        assertThat(quote.locator("tbody")).containsText("3 hours");
        assertThat(page.locator(".estimate")).containsText("This will take about 3 hours.");
        assertThat(page.getByLabel("Number of bedrooms")).hasValue("3");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your price").setExact(true)))
                .isFocused();
        Browser.checkAndShoot(page, "listing-cleaning-quote", Size.PHONE);

        page.setViewportSize(1280, 900);
        Browser.checkAndShoot(page, "listing-cleaning-quote", Size.DESKTOP);
    }

    @Test
    void mowingInDecemberIsRefused() {
        page = openListing(Size.DESKTOP, "Lawn mowing and hedge trimming");
        assertThat(page.getByLabel("Weeding")).hasCount(0);
        assertThat(page.getByLabel("Mowing the lawn (March to October)")).isChecked();
        assertThat(page.getByLabel("Trimming hedges")).not().isChecked();
        LocalDate today = LocalDate.now();
        LocalDate december = LocalDate.of(today.getMonthValue() == 12 ? today.getYear() + 1 : today.getYear(), 12, 10);
        page.getByLabel("Day of the visit").fill(december.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Work out the price")).click();

        Locator summary = page.locator(".error-summary");
        assertThat(summary).isVisible();
        assertThat(summary.getByRole(AriaRole.LISTITEM)).hasText("Lawns are mown from March to October only.");
        assertThat(page.locator("table.quote")).hasCount(0);
        assertThat(summary).isFocused();
        assertThat(page.getByLabel("Mowing the lawn (March to October)")).isChecked();
        Browser.checkAndShoot(page, "listing-gardening-december", Size.DESKTOP);

        summary.getByRole(AriaRole.LINK).first().click();
        assertThat(page.getByLabel("Mowing the lawn (March to October)")).isFocused();
    }

    @Test
    void aCraftListingIsAccessibleAtBothWidths() {
        for (Size size : Size.values()) {
            Page craft = openListing(size, "Hand-made greeting cards");
            assertThat(craft.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Hand-made greeting cards");
            assertThat(craft.locator("main")).containsText("£3.50 each");
            assertThat(craft.getByLabel("How many")).isVisible();
            Browser.checkAndShoot(craft, "listing-crafts", size);
        }
    }

    @Test
    void anUnknownAddressGivesAFriendlyNotFoundPage() {
        page = newPage(Size.PHONE);
        Response response = page.navigate(url("no-such-page"));
        assertNotNull(response);
        assertEquals(404, response.status());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Page not found");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the shop"))).isVisible();
        Browser.checkAndShoot(page, "not-found", Size.PHONE);
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichMovesFocusToTheMainContentWhereFocusIsVisible() {
        page = open(Size.DESKTOP, "");
        page.keyboard().press("Tab");
        Locator skip = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to main content"));
        assertThat(skip).isFocused();
        assertThat(skip).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator("main")).isFocused();
        assertEquals("main", page.evaluate("document.activeElement.id"));

        page.keyboard().press("Tab");
        Locator postcode = page.getByLabel("Your postcode");
        assertThat(postcode).isFocused();
        assertEquals("solid 3px", postcode.evaluate(
                "e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth"),
                "a focused field shows the site's focus outline, not the theme's faint glow");
    }

    @Test
    void theErrorPageApologisesInPlainWordsAndIsAccessible() {
        page = open(Size.PHONE, "error.xhtml");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Sorry, something went wrong");
        assertThat(page.locator("main")).containsText("Nothing you typed has been half-saved");
        Browser.checkAndShoot(page, "error", Size.PHONE);
    }

    @Test
    void aFormSentFromAPageThatExpiredGoesBackToThatPageWhichSaysWhy() {
        page = open(Size.DESKTOP, "sign-in.xhtml?next=/?q=cards");
        page.context().clearCookies(); // the session holding the page's state is gone, as after a long break
        page.getByLabel("E-mail address").fill("customer@demo.coop");
        page.getByLabel("Password").fill(Api.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator(".notice")).containsText("This page was open for a long time");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sign in");
        assertTrue(page.url().contains("next="), "the page's own address is kept: " + page.url());
        Browser.checkAndShoot(page, "expired-page", Size.DESKTOP);

        page.getByLabel("E-mail address").fill("customer@demo.coop");
        page.getByLabel("Password").fill(Api.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator(".signed-in-as")).containsText("customer@demo.coop");
    }

    @Test
    void theSignInPageTellsWhatIsWrongAndKeepsWhatWasTyped() {
        for (Size size : Size.values()) {
            Page page = open(size, "sign-in.xhtml");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sign in");
            assertEquals("username", page.getByLabel("E-mail address").getAttribute("autocomplete"));
            assertEquals("current-password", page.getByLabel("Password").getAttribute("autocomplete"));
            Browser.checkAndShoot(page, "sign-in", size);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            Locator summary = page.locator(".error-summary");
            assertThat(summary).containsText("Enter your e-mail address");
            assertThat(summary).containsText("Enter your password");
            Browser.checkAndShoot(page, "sign-in-empty", size);

            page.getByLabel("E-mail address").fill("customer@demo.coop");
            page.getByLabel("Password").fill("not the password");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(summary).containsText("The e-mail address or password is not right");
            assertThat(page.getByLabel("E-mail address")).hasValue("customer@demo.coop");
            assertThat(page.getByLabel("Password")).hasValue("");
            Browser.checkAndShoot(page, "sign-in-wrong", size);
        }
    }

    @Test
    void aPageSignInIsASessionTheApiAcceptsUntilSignOut() {
        Page page = open(Size.PHONE, "sign-in.xhtml?next=/?q=cards");
        page.getByLabel("E-mail address").fill("customer@demo.coop");
        page.getByLabel("Password").fill("demo-password");
        page.getByLabel("Password").press("Enter");
        page.waitForURL(Pattern.compile(".*\\?q=cards$"));
        assertThat(page.locator(".signed-in-as")).hasText("Signed in as customer@demo.coop");
        Browser.checkAndShoot(page, "signed-in", Size.PHONE);

        String api = url("api/v1/bookings?limit=1");
        assertEquals(200, page.request().get(api).status(), "the session cookie signs API calls in too");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*signedOut=true$"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        assertEquals(401, page.request().get(api).status(), "signed out: the session is gone");
    }

    @Test
    void signingInNeverSendsSomeoneToAnotherSite() {
        Page page = open(Size.DESKTOP, "sign-in.xhtml?next=//evil.example/");
        page.getByLabel("E-mail address").fill("customer@demo.coop");
        page.getByLabel("Password").fill("demo-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url(""));
        assertThat(page.locator(".signed-in-as")).isVisible();
    }

    private Page newPage(Size size) {
        return PAGES.open(size);
    }

    private Page open(Size size, String path) {
        Page fresh = newPage(size);
        Response response = fresh.navigate(url(path));
        assertNotNull(response);
        assertEquals(200, response.status(), "GET " + path);
        return fresh;
    }

    private Page openListing(Size size, String title) {
        Page listing = open(size, "?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        listing.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true)).click();
        listing.waitForURL("**/shop/listing.xhtml?id=*");
        assertThat(listing.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        return listing;
    }

    private static List<String> listingTitles(Page page) {
        return page.locator(".listing-card h3").allInnerTexts().stream().map(String::strip).toList();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + "/" + path;
    }
}
