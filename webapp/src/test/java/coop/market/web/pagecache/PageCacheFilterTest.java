package coop.market.web.pagecache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class PageCacheFilterTest {

    @Test
    void gzipIsSentToBrowsersThatTakeIt() {
        assertTrue(PageCacheFilter.acceptsGzip("gzip, deflate, br, zstd"));
        assertTrue(PageCacheFilter.acceptsGzip("br;q=1.0, GZIP;q=0.8"));
        assertFalse(PageCacheFilter.acceptsGzip(null));
        assertFalse(PageCacheFilter.acceptsGzip("identity"));
        assertFalse(PageCacheFilter.acceptsGzip("br, gzip;q=0"));
        assertFalse(PageCacheFilter.acceptsGzip("gzip; q=0.0"));
        assertFalse(PageCacheFilter.acceptsGzip("x-gzip-not"));
    }

    @Test
    void aKeptPageIsCompressedOnceAndUnpacksToTheSameBytes() throws IOException {
        byte[] html = "<!DOCTYPE html><html><body>A page</body></html>".repeat(50).getBytes(StandardCharsets.UTF_8);
        CachedPage page = CachedPage.of("text/html;charset=UTF-8", Map.of("X-Test", List.of("1")), html, 1, 0);
        assertTrue(page.gzipped().length < html.length / 4, "markup compresses well");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzipped()))) {
            assertArrayEquals(html, in.readAllBytes());
        }
        assertTrue(page.size() == html.length + page.gzipped().length);
    }
}
