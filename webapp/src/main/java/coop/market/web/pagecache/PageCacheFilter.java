package coop.market.web.pagecache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Serves the shop's home page, its searches, the trades' pages and the listing pages from {@link PageCache} to visitors without a
 * session, and keeps them there when rendered for one. Only a plain GET with no cookie and no sign-in is served or
 * kept: anyone else's header shows their basket and their account, so their pages are rendered for them alone.
 * Only a 200 is kept, and only if rendering it started no session and set no cookie; errors, redirects and pages
 * whose Faces form keeps view state (the visitor's own) never are: these pages' views are transient for visitors
 * not signed in. The response says {@code X-Page-Cache: hit} when it came from the cache and {@code miss} when it
 * was rendered and kept. A kept page is sent gzipped to browsers that accept it (all do): a fifth of the bytes to
 * send, compressed once when kept rather than for every visitor.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PageCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The pages kept, by path within the application. */
    static final Set<String> PAGES = Set.of("/", "/index.xhtml", "/shop/trade.xhtml", "/shop/listing.xhtml");

    static final String HEADER = "X-Page-Cache";

    /** A longer address is a made-up search: rendered, never kept. */
    static final int LONGEST_QUERY = 300;

    /** Headers the container writes for each response itself. */
    private static final Set<String> NOT_KEPT = Set.of("content-type", "content-length", "date", "set-cookie",
            "transfer-encoding", "connection", "keep-alive", "content-encoding", "vary",
            HEADER.toLowerCase(Locale.ROOT));

    @Inject
    transient PageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!forAnyone(request)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getScheme() + "://" + request.getHeader("Host") + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Optional<CachedPage> kept = cache.find(address);
        if (kept.isPresent()) {
            send(kept.get(), acceptsGzip(request.getHeader("Accept-Encoding")), response);
            return;
        }
        long version = cache.version();
        BufferedResponse rendered = new BufferedResponse(response);
        chain.doFilter(request, rendered);
        if (rendered.passedOn()) {
            return;
        }
        byte[] body = rendered.body();
        if (keepable(request, response)) {
            cache.keep(address, CachedPage.of(response.getContentType(), headersOf(response), body, version,
                    System.nanoTime()));
            response.setHeader(HEADER, "miss");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A page that is the same for every visitor who asks for it like this. */
    private static boolean forAnyone(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getMethod().equals("GET")
                && PAGES.contains(request.getRequestURI().substring(request.getContextPath().length()))
                && request.getHeader("Cookie") == null
                && request.getHeader("Authorization") == null
                && (query == null || query.length() <= LONGEST_QUERY);
    }

    private static boolean keepable(HttpServletRequest request, HttpServletResponse response) {
        String contentType = response.getContentType();
        String cacheControl = String.join(",", response.getHeaders("Cache-Control"));
        return response.getStatus() == HttpServletResponse.SC_OK
                && request.getSession(false) == null
                && response.getHeaders("Set-Cookie").isEmpty()
                && !cacheControl.contains("private") && !cacheControl.contains("no-store")
                && contentType != null && contentType.startsWith("text/html");
    }

    private static Map<String, List<String>> headersOf(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        return headers;
    }

    private static void send(CachedPage page, boolean gzip, HttpServletResponse response) throws IOException {
        response.setContentType(page.contentType());
        page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader(HEADER, "hit");
        response.addHeader("Vary", "Accept-Encoding");
        byte[] bytes = gzip ? page.gzipped() : page.body();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Whether the browser takes gzip (every browser does; "gzip;q=0" says no). */
    static boolean acceptsGzip(String accepted) {
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}
