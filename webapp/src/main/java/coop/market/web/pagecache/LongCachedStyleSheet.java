package coop.market.web.pagecache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets browsers keep the shop's style sheet for a year when asked for at its current versioned address
 * ({@link StyleSheet}): a changed sheet has another address. Any other address of it is cached as the container
 * usually does.
 */
@WebFilter(urlPatterns = StyleSheet.PATH, asyncSupported = true)
public class LongCachedStyleSheet extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StyleSheet styleSheet;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (("v=" + styleSheet.version()).equals(request.getQueryString())) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        }
        chain.doFilter(request, response);
    }
}
