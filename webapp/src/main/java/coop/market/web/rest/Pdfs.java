package coop.market.web.rest;

import jakarta.ws.rs.core.Response;

/** A PDF as a download: named after the document, and never cached by shared caches (it is personal). */
final class Pdfs {

    private Pdfs() {
    }

    static Response download(byte[] pdf, String title) {
        return Downloads.pdf(pdf, title);
    }
}
