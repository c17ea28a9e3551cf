package coop.market.web.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A document as a download: named after what it is, and never cached by shared caches (it is personal). The
 * name is given plainly for every client and, for names with letters beyond ASCII, also in UTF-8 (RFC 6266).
 */
final class Downloads {

    private Downloads() {
    }

    /** A PDF, shown in the browser where it can be. */
    static Response pdf(byte[] pdf, String name) {
        return file(pdf, "application/pdf", name + ".pdf", "inline");
    }

    /** A CSV file, saved rather than shown. */
    static Response csv(String csv, String name) {
        return file(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", name + ".csv", "attachment");
    }

    private static Response file(byte[] body, String mediaType, String fileName, String disposition) {
        CacheControl privately = new CacheControl();
        privately.setPrivate(true);
        privately.setNoStore(true);
        String plain = fileName.replaceAll("[^A-Za-z0-9 ._-]", "_");
        String header = disposition + "; filename=\"" + plain + "\"";
        if (!plain.equals(fileName)) {
            header += "; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        }
        return Response.ok(body, mediaType).header("Content-Disposition", header).cacheControl(privately).build();
    }
}
