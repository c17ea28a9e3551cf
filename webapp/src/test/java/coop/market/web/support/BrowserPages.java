package coop.market.web.support;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browser for one test class, and fresh pages for its tests, each closed after its test whether
 * it passed or not. Register on a static field: {@code @RegisterExtension static final BrowserPages
 * pages = new BrowserPages();}.
 */
public final class BrowserPages implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private Browser browser;
    private final List<Page> opened = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = Browser.launch();
    }

    /** A new page, in a context of its own (no cookies shared), at the given size. */
    public Page open(Browser.Size size) {
        Page page = browser.open(size);
        opened.add(page);
        return page;
    }

    /** A new page signed in on the sign-in page with a demo account's e-mail address and the demo password. */
    public Page signedIn(java.net.URL base, String email, Browser.Size size) {
        return signedIn(base, email, Api.DEMO_PASSWORD, size);
    }

    /** A new page signed in on the sign-in page with this e-mail address and password. */
    public Page signedIn(java.net.URL base, String email, String password, Browser.Size size) {
        Page page = open(size);
        page.navigate(base + "sign-in.xhtml");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".signed-in-as")).isVisible();
        return page;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        opened.forEach(page -> page.context().close());
        opened.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
