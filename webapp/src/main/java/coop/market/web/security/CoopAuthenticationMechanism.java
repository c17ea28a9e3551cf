package coop.market.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Signs callers in from an HTTP Basic header; the session then remembers them, so a browser or
 * script may use either. Requests without credentials pass through unauthenticated: whether a
 * resource needs a sign-in is decided where the resource is ({@link Allow}, {@link Public}).
 * Wrong credentials are remembered on the request and refused by the API (see {@link #REJECTED}).
 */
@ApplicationScoped
@AutoApplySession
public class CoopAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String REALM = "Co-op Market";

    @Inject
    IdentityStoreHandler identityStores;

    /**
     * Set on a request whose credentials were wrong. The request goes on unauthenticated, and the
     * API refuses it with a problem document (writing the answer here instead would clash with
     * the container, which carries on to the resource for unprotected paths).
     */
    public static final String REJECTED = "coopmarket.credentials.rejected";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.doNothing();
        }
        String[] login = decode(header.substring(6).trim());
        if (login == null) {
            request.setAttribute(REJECTED, "The Authorization header is not valid HTTP Basic.");
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(login[0], login[1]));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            request.setAttribute(REJECTED, "The e-mail address or password is not right.");
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static String[] decode(String encoded) {
        try {
            String text = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 1 ? null : new String[] {text.substring(0, colon), text.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
