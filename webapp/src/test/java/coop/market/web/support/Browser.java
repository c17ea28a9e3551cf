package coop.market.web.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Headless Chromium for the browser tests: pages at phone and desktop size, an axe-core scan
 * against WCAG 2.2 AA that must find nothing, and full-page screenshots to look at afterwards.
 *
 * <p>The browser is the one named by the system property {@code chromium.path} (the build sets it
 * to Debian's {@code /usr/bin/chromium}); without it Playwright uses its own downloaded browser, as
 * on a developer's laptop with internet access.
 */
public final class Browser implements AutoCloseable {

    /** The WCAG levels every page must meet: 2.0, 2.1 and 2.2, A and AA. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    /** The two widths every page is checked at. */
    public enum Size {
        PHONE(390, 844), DESKTOP(1280, 900);

        final int width;
        final int height;

        Size(int width, int height) {
            this.width = width;
            this.height = height;
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browser launch() {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(CHROMIUM_ARGS);
        String executable = System.getProperty("chromium.path");
        if (executable != null && !executable.isBlank()) {
            options.setExecutablePath(Paths.get(executable));
        }
        Playwright playwright = Playwright.create();
        try {
            return new Browser(playwright, playwright.chromium().launch(options));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A new page in a fresh context (no cookies shared with other pages) at the given size. */
    public Page open(Size size) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(size.width, size.height).setLocale("en-GB").setTimezoneId("Europe/London"));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    /** Scans the page as it is now with axe-core; fails listing every violation and where it is. */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        if (results.isErrored()) {
            fail("axe-core could not scan " + page.url() + ": " + results.getErrorMessage());
        }
        if (results.getPasses() == null || results.getPasses().isEmpty()) {
            fail("axe-core checked nothing on " + page.url() + ": is the page empty?");
        }
        List<Rule> violations = results.getViolations();
        if (violations != null && !violations.isEmpty()) {
            fail(describe(page.url(), violations));
        }
    }

    static String describe(String url, List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        text.append(violations.size()).append(" accessibility violation(s) on ").append(url).append(':');
        for (Rule rule : violations) {
            text.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                    .append(rule.getHelp()).append(" <").append(rule.getHelpUrl()).append('>');
            List<CheckedNode> nodes = rule.getNodes() == null ? List.of() : rule.getNodes();
            for (CheckedNode node : nodes) {
                text.append("\n    at ").append(node.getTarget())
                        .append("\n       ").append(node.getHtml());
                if (node.getFailureSummary() != null) {
                    text.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
                }
            }
        }
        return text.toString();
    }

    /**
     * Saves a full-page screenshot as {@code <name>-<phone|desktop>.png} in {@code screenshots.dir},
     * and the page's HTML beside it as {@code .html}, to look at when a scan fails.
     */
    public static Path screenshot(Page page, String name, Size size) {
        Path dir = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
        Path file = dir.resolve(name + "-" + size.label() + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        try {
            Files.writeString(dir.resolve(name + "-" + size.label() + ".html"), page.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Saves the page's screenshot, then scans it: a failing scan still leaves a picture to look at. */
    public static void checkAndShoot(Page page, String name, Size size) {
        screenshot(page, name, size);
        assertAccessible(page);
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
