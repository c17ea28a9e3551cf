package coop.market.web.pagecache;

import coop.market.application.ShopVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rendered pages by address, least recently used first out. A page is served while the shop's version is the one it
 * was rendered under and for {@link #LIFETIME} at most: the version covers this server's changes at once, the
 * lifetime another server's (and anything the version does not know of, such as today's date).
 */
@ApplicationScoped
public class PageCache {

    static final Duration LIFETIME = Duration.ofSeconds(30);

    /** At most this many bytes of pages in all: the search's addresses are as many as the words people type. */
    static final int MOST_BYTES = 16 * 1024 * 1024;

    /** A page larger than this is not kept (a shop page is 20-60 kB). */
    static final int LARGEST_PAGE = 512 * 1024;

    @Inject
    ShopVersion shopVersion;

    private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /** The shop's version now: read before rendering a page, and kept with it. */
    public long version() {
        return shopVersion.current();
    }

    public synchronized Optional<CachedPage> find(String address) {
        CachedPage page = pages.get(address);
        if (page == null) {
            return Optional.empty();
        }
        if (page.version() != version() || System.nanoTime() - page.madeAt() > LIFETIME.toNanos()) {
            forget(address);
            return Optional.empty();
        }
        return Optional.of(page);
    }

    public synchronized void keep(String address, CachedPage page) {
        if (page.body().length > LARGEST_PAGE || page.version() != version()) {
            return;
        }
        forget(address);
        pages.put(address, page);
        bytes += page.size();
        Iterator<Map.Entry<String, CachedPage>> oldest = pages.entrySet().iterator();
        while (bytes > MOST_BYTES && oldest.hasNext()) {
            bytes -= oldest.next().getValue().size();
            oldest.remove();
        }
    }

    private void forget(String address) {
        CachedPage gone = pages.remove(address);
        if (gone != null) {
            bytes -= gone.size();
        }
    }
}
