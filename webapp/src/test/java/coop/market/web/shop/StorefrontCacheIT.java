package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.BrowserPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The page cache of the shop's home page, searches, trade pages and listing pages (docs/ARCHITECTURE.md, "Page cache"): a visitor
 * without a session is served a page rendered for an earlier one; anyone signed in or with a basket never is, and
 * their pages are never kept; a change to what the pages show is there on the next request; an error is not kept.
 * And the style sheet is a plain file browsers may keep.
 */
class StorefrontCacheIT extends ArquillianIT {

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    /** No cookies are kept, so every request is a new visitor's. */
    private static final HttpClient VISITOR = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static final String CACHE = "X-Page-Cache";

    /** A word no listing has yet, to search for. */
    private static String word() {
        return "zq" + UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<byte[]> visit(String path) {
        try {
            return VISITOR.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String cache(HttpResponse<byte[]> response) {
        return response.headers().firstValue(CACHE).orElse(null);
    }

    /** A search page asked for twice: the first rendered and kept, the second from the cache; the second's text. */
    private String searchedTwice(String path) {
        HttpResponse<byte[]> first = visit(path);
        HttpResponse<byte[]> second = visit(path);
        assertEquals("miss", cache(first), path);
        assertEquals("hit", cache(second), path);
        return text(second);
    }

    /** A new customer orders two of a craft, to collect: its stock goes down by two. */
    private void twoOrderedBy(String email, String listing) {
        signUp(email, null);
        var order = anonymous().as(email, PASSWORD).post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": 2}], "fulfilment": "COLLECT"}""".formatted(listing));
        assertEquals(201, order.status(), order.toString());
    }

    @Test
    void anAnonymousSecondRequestIsServedFromTheCacheWithTheSameBytesAndHeaders() {
        String path = "?postcode=&trade=&q=" + word();
        HttpResponse<byte[]> first = visit(path);
        HttpResponse<byte[]> second = visit(path);

        assertEquals(200, first.statusCode());
        assertEquals(200, second.statusCode());
        assertEquals("miss", cache(first));
        assertEquals("hit", cache(second));
        assertArrayEquals(first.body(), second.body());
        assertEquals("text/html; charset=UTF-8", first.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        assertEquals(first.headers().firstValue("Content-Language"), second.headers().firstValue("Content-Language"));
        assertEquals(String.valueOf(second.body().length), second.headers().firstValue("Content-Length").orElseThrow());
        assertTrue(first.headers().allValues("Set-Cookie").isEmpty(), "looking starts no session");
        assertTrue(second.headers().allValues("Set-Cookie").isEmpty());
        String page = text(second);
        assertTrue(page.contains("Nothing matches your search yet"), page);
        assertTrue(page.contains(">Sign in</a>"), "an anonymous visitor's header");
        assertFalse(page.contains("jakarta.faces.ViewState"), "no Faces view state on a page everyone is given");
    }

    @Test
    void theTradesPagesAreCachedAndANotFoundTradeIsNot() {
        String path = "shop/trade.xhtml?code=cleaning&q=" + word();
        assertTrue(searchedTwice(path).contains("<h1>Cleaning</h1>"));

        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> missing = visit("shop/trade.xhtml?code=no-such-trade");
            assertEquals(404, missing.statusCode());
            assertNull(cache(missing), "an error is never kept nor served from the cache");
        }
    }

    @Test
    void differentSearchesGetTheirOwnPages() {
        String mugWord = word();
        String bowlWord = word();
        String mugs = "Mug " + mugWord;
        String bowls = "Bowl " + bowlWord;
        craft(mugs);
        craft(bowls);

        String mugSearch = searchedTwice("?q=" + mugWord);
        String bowlSearch = searchedTwice("?q=" + bowlWord);

        assertTrue(mugSearch.contains(mugs) && !mugSearch.contains(bowls), mugSearch);
        assertTrue(bowlSearch.contains(bowls) && !bowlSearch.contains(mugs), bowlSearch);
    }

    @Test
    void aNewListingIsShownOnTheNextRequest() {
        String unusual = word();
        String title = "Teapot " + unusual;
        String path = "?q=" + unusual;
        assertTrue(searchedTwice(path).contains("Nothing matches your search yet"));

        craft(title);

        HttpResponse<byte[]> after = visit(path);
        assertEquals("miss", cache(after), "rendered afresh");
        assertTrue(text(after).contains(title), text(after));
        assertFalse(text(after).contains("Nothing matches your search yet"));
    }

    @Test
    void stockTakenByAnOrderIsShownOnTheNextRequest() {
        String unusual = word();
        String title = "Vase " + unusual;
        String listing = craft(title);
        String path = "?q=" + unusual;
        assertTrue(searchedTwice(path).contains("5 in stock"));

        twoOrderedBy(Api.uniqueEmail("cached"), listing);

        HttpResponse<byte[]> after = visit(path);
        assertEquals("miss", cache(after));
        assertTrue(text(after).contains("3 in stock"), text(after));
    }

    @Test
    void theListingPageIsCachedWithoutASessionAndItsStockIsShownAfterAnOrder() {
        String listing = craft("Bowl " + word());
        String path = "shop/listing.xhtml?id=" + listing;
        HttpResponse<byte[]> first = visit(path);
        HttpResponse<byte[]> second = visit(path);

        assertEquals("miss", cache(first));
        assertEquals("hit", cache(second));
        assertTrue(first.headers().allValues("Set-Cookie").isEmpty(), "looking starts no session");
        assertTrue(second.headers().allValues("Set-Cookie").isEmpty());
        assertTrue(text(second).contains("5 in stock"), text(second));
        assertTrue(text(second).contains("value=\"stateless\""), "the price form keeps no view state");


        twoOrderedBy(Api.uniqueEmail("cachedlisting"), listing);

        HttpResponse<byte[]> after = visit(path);
        assertEquals("miss", cache(after), "rendered afresh");
        assertTrue(text(after).contains("3 in stock"), text(after));
    }

    @Test
    void staffChangingAListingsPriceOrTakingItOutOfTheShopShowsOnTheNextVisit() {
        String title = "Jug " + word();
        String listing = craft(title);
        String path = "shop/listing.xhtml?id=" + listing;
        visit(path);
        assertEquals("hit", cache(visit(path)));
        assertTrue(text(visit(path)).contains("£12.50"));
        String search = "?q=" + title.split(" ")[1];
        visit(search);
        assertEquals("hit", cache(visit(search)));
        assertTrue(text(visit(search)).contains(title));

        var changed = staff().put("/listings/" + listing, """
                {"title": "%s", "description": "Made by hand.", "price": {"minor": 1400, "currency": "GBP"},
                 "priceUnit": "ITEM", "stock": 5}""".formatted(title));
        assertEquals(200, changed.status(), changed.toString());
        HttpResponse<byte[]> repriced = visit(path);
        assertEquals("miss", cache(repriced), "rendered afresh after the change");
        assertTrue(text(repriced).contains("£14.00"), text(repriced));
        assertFalse(text(repriced).contains("£12.50"), text(repriced));

        var withdrawn = staff().put("/listings/" + listing, """
                {"title": "%s", "description": "Made by hand.", "price": {"minor": 1400, "currency": "GBP"},
                 "priceUnit": "ITEM", "stock": 5, "active": false}""".formatted(title));
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertFalse(text(visit(search)).contains(title), "gone from the search at once");
    }

    @Test
    void aBrowserThatTakesGzipIsSentTheKeptPageCompressedToTheSameBytes() throws Exception {
        String path = "?q=" + word();
        HttpResponse<byte[]> plain = visit(path);
        HttpResponse<byte[]> zipped = VISITOR.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept-Encoding", "gzip, deflate, br").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("hit", cache(zipped));
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals("Accept-Encoding", zipped.headers().firstValue("Vary").orElse(null));
        assertTrue(zipped.body().length < plain.body().length / 3, "a fraction of the bytes");
        try (var unpacked = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertArrayEquals(plain.body(), unpacked.readAllBytes());
        }
        HttpResponse<byte[]> plainHit = visit(path);
        assertEquals("hit", cache(plainHit));
        assertTrue(plainHit.headers().firstValue("Content-Encoding").isEmpty(), "not to one that does not ask");
        assertArrayEquals(plain.body(), plainHit.body());
    }

    @Test
    void aListingThatDoesNotExistIsNotKept() {
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> missing = visit("shop/listing.xhtml?id=no-such-listing");
            assertEquals(404, missing.statusCode());
            assertNull(cache(missing));
        }
    }

    @Test
    void workingOutAPriceStartsNoSessionAndAddingToTheBasketDoes() {
        String listing = craft("Cup " + word());
        Page page = PAGES.open(Size.DESKTOP);
        page.navigate(base + "shop/listing.xhtml?id=" + listing);
        page.getByLabel("How many").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Work out the price")).click();

        assertThat(page.locator("table.quote tfoot"))
                .containsText("£25.00");
        assertTrue(page.context().cookies().isEmpty(), "working out a price starts no session");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to basket")).click();
        page.waitForURL(Pattern.compile(".*/shop/basket\\.xhtml.*"));
        assertFalse(page.context().cookies().isEmpty(), "the basket is kept in a session");
        assertTrue(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Basket (1)")).isVisible());
    }

    @Test
    void aSignedInCustomerWorksOutAPriceOnAListingPageRenderedForThemAlone() {
        String listing = craft("Plate " + word());
        String path = "shop/listing.xhtml?id=" + listing;
        assertEquals("miss", cache(visit(path)));

        Page page = PAGES.signedIn(base, "customer@demo.coop", Size.DESKTOP);
        Response theirs = page.navigate(base + path);
        page.getByLabel("How many").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Work out the price")).click();

        assertNull(theirs.headers().get(CACHE.toLowerCase(java.util.Locale.ROOT)), "rendered for them alone");
        assertThat(page.locator("table.quote tfoot"))
                .containsText("£37.50");
        assertTrue(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your account")).isVisible());
    }

    @Test
    void aSignedInCustomerIsNeverGivenTheCachedPageNorIsTheirsKept() {
        String path = "?q=" + word();
        assertTrue(searchedTwice(path).contains(">Sign in</a>"));

        Page page = PAGES.signedIn(base, "customer@demo.coop", Size.DESKTOP);
        Response theirs = page.navigate(base + path);

        assertNull(theirs.headers().get(CACHE.toLowerCase(java.util.Locale.ROOT)), "rendered for them alone");
        assertTrue(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your account")).isVisible());
        assertEquals(0, page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).count());
        HttpResponse<byte[]> anonymousAgain = visit(path);
        assertEquals("hit", cache(anonymousAgain));
        assertFalse(text(anonymousAgain).contains("Your account"), "the customer's page was not kept");
        assertTrue(text(anonymousAgain).contains(">Sign in</a>"));
    }

    @Test
    void aVisitorWithABasketSeesTheirOwnBasketNotTheCachedPage() {
        String unusual = word();
        String title = "Jug " + unusual;
        String listing = craft(title);
        String path = "?q=" + unusual;
        assertTrue(searchedTwice(path).contains(">Basket</a>"));

        Page page = PAGES.open(Size.DESKTOP);
        page.navigate(base + "shop/listing.xhtml?id=" + listing);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to basket")).click();
        page.waitForURL(Pattern.compile(".*/shop/basket\\.xhtml.*"));
        Response theirs = page.navigate(base + path);

        assertNull(theirs.headers().get(CACHE.toLowerCase(java.util.Locale.ROOT)));
        assertTrue(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Basket (1)")).isVisible());
        HttpResponse<byte[]> anonymousAgain = visit(path);
        assertEquals("hit", cache(anonymousAgain));
        assertTrue(text(anonymousAgain).contains(">Basket</a>"), "the visitor's basket was not kept");
    }

    @Test
    void theStyleSheetIsAPlainFileBrowsersKeepForAYearAtItsVersionedAddress() {
        Matcher link = Pattern.compile("href=\"/(resources/css/shop\\.css\\?v=[0-9a-f]{12})\"")
                .matcher(text(visit("")));
        assertTrue(link.find(), "the pages link the style sheet as a plain file with its version");

        HttpResponse<byte[]> sheet = visit(link.group(1));

        assertEquals(200, sheet.statusCode());
        assertTrue(sheet.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertTrue(text(sheet).contains(".skip-link"));
        assertEquals("public, max-age=31536000, immutable", sheet.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(visit("resources/css/shop.css?v=000000000000").headers().firstValue("Cache-Control").isEmpty(),
                "not kept for a year at another version's address");
    }
}
