package coop.market.web.rest;

import coop.market.application.Settings;
import jakarta.ws.rs.core.UriInfo;

/**
 * The site's public address for links that leave the API (in e-mails): {@code PUBLIC_URL} when
 * set, otherwise the address the request came to, without the API's own path.
 */
final class SiteLinks {

    private SiteLinks() {
    }

    static String of(UriInfo uri) {
        return Settings.fromEnvironment().get("PUBLIC_URL").map(url -> url.replaceAll("/+$", ""))
                .orElseGet(() -> uri.getBaseUri().toString().replaceAll("/api/v1/?$", "").replaceAll("/+$", ""));
    }
}
