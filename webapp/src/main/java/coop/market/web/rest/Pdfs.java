package coop.market.web.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** A PDF as a download: named after the document, and never cached by shared caches (it is personal). */
final class Pdfs {

    private Pdfs() {
    }

    static Response download(byte[] pdf, String title) {
        CacheControl privately = new CacheControl();
        privately.setPrivate(true);
        privately.setNoStore(true);
        String fileName = title.replaceAll("[^A-Za-z0-9 ._-]", "_") + ".pdf";
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .cacheControl(privately)
                .build();
    }
}
