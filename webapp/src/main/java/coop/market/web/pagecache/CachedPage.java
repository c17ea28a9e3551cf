package coop.market.web.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A page as it was sent: its content type, its other headers, its bytes and the same gzipped (compressed once, when
 * kept, for every browser that accepts it), the shop's version it was rendered under, and when (System.nanoTime).
 */
record CachedPage(String contentType, Map<String, List<String>> headers, byte[] body, byte[] gzipped, long version,
        long madeAt) {

    static CachedPage of(String contentType, Map<String, List<String>> headers, byte[] body, long version,
            long madeAt) {
        return new CachedPage(contentType, headers, body, gzip(body), version, madeAt);
    }

    /** What the page takes in memory. */
    int size() {
        return body.length + gzipped.length;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
