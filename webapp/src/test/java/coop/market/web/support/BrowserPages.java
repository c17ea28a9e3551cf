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
