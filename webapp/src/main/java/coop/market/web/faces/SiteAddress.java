package coop.market.web.faces;

import coop.market.application.Settings;
import jakarta.faces.context.ExternalContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The site's public address for links that leave the page (in e-mails, in calendar apps):
 * {@code PUBLIC_URL} when set (behind a proxy the request's own host may be an internal one),
 * otherwise the address this request came to.
 */
final class SiteAddress {

    private SiteAddress() {
    }

    /** E.g. {@code https://market.example.coop}, with the application's context path, no final slash. */
    static String of(ExternalContext external) {
        return Settings.fromEnvironment().get("PUBLIC_URL").map(url -> url.replaceAll("/+$", ""))
                .orElseGet(() -> {
                    HttpServletRequest request = (HttpServletRequest) external.getRequest();
                    String url = request.getRequestURL().toString();
                    return url.substring(0, url.length() - request.getRequestURI().length())
                            + external.getRequestContextPath();
                });
    }
}
