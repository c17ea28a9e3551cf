package coop.market.web.pagecache;

import java.util.List;
import java.util.Map;

/**
 * A page as it was sent: its content type, its other headers, its bytes, the shop's version it was rendered under,
 * and when (System.nanoTime).
 */
record CachedPage(String contentType, Map<String, List<String>> headers, byte[] body, long version, long madeAt) {
}
