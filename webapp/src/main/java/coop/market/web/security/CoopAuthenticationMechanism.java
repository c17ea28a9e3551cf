package coop.market.web.security;

import coop.market.application.AccountService;
import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.account.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who is calling, three ways:
 * <ol>
 * <li>the sign-in page hands over an e-mail and password ({@code web.faces.SignInView}): checked by
 *     the identity store ({@link CoopIdentityStore}), and the caller is remembered in a new session;</li>
 * <li>an HTTP Basic header: checked the same way, for this request only; nothing is remembered, so API scripts
 *     that never send a cookie back leave no session behind, and the caller is kept on the request for
 *     {@link SignedIn}, not handed to the container;</li>
 * <li>a session whose caller signed in on the page.</li>
 * </ol>
 * Requests with none of these pass through unauthenticated: whether a resource needs a sign-in is
 * decided where the resource is ({@link Allow}, {@link Public}). Wrong Basic credentials are
 * remembered on the request and refused by the API (see {@link #REJECTED}).
 *
 * <p>The session is the application's own (an attribute holding the {@link Actor} and when they signed in), not Liberty's
 * single sign-on cookie: that cookie's LTPA token is signed with RSA whenever someone signs in,
 * which on every Basic API call was two thirds of the server's work (docs/PERFORMANCE.md).
 */
@ApplicationScoped
public class CoopAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String REALM = "Co-op Market";

    /**
     * Set on a request whose credentials were wrong. The request goes on unauthenticated, and the
     * API refuses it with a problem document (writing the answer here instead would clash with
     * the container, which carries on to the resource for unprotected paths).
     */
    public static final String REJECTED = "coopmarket.credentials.rejected";

    /** The request attribute holding the signed-in {@link Actor}, so nobody looks it up twice. */
    public static final String ACTOR = "coopmarket.actor";

    /** The session attribute holding the page sign-in ({@link SessionSignIn}). */
    static final String SESSION_ACTOR = "coopmarket.signedIn";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential offered = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (offered instanceof UsernamePasswordCredential login) {
            return signIn(login, request, context);
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim(), request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ACTOR) instanceof SessionSignIn signIn) {
            if (accounts.sessionStillValid(signIn.actor().accountId(), signIn.signedInAt())) {
                return admit(signIn.actor(), request, context);
            }
            // Signed out everywhere, or the password changed, since this session signed in.
            session.invalidate();
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(UsernamePasswordCredential login, HttpServletRequest request,
            HttpMessageContext context) {
        Optional<Actor> actor = check(login);
        if (actor.isEmpty()) {
            request.setAttribute(REJECTED, refusal(login.getCaller()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at sign-in, so an id planted before it (session fixation) is worth nothing.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_ACTOR, new SessionSignIn(actor.get(), clock.instant()));
        return admit(actor.get(), request, context);
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpMessageContext context) {
        String[] login = decode(encoded);
        if (login == null) {
            request.setAttribute(REJECTED, "The Authorization header is not valid HTTP Basic.");
            return context.doNothing();
        }
        Optional<Actor> actor = check(new UsernamePasswordCredential(login[0], login[1]));
        if (actor.isEmpty()) {
            request.setAttribute(REJECTED, refusal(login[0]));
            return context.doNothing();
        }
        // The caller is known to the application (SignedIn reads ACTOR) but not announced to the
        // container: nothing here uses the container's idea of the caller (every resource decides access
        // itself), and announcing it runs a JAAS login that builds a Subject, about a tenth of the server's
        // work on an API call that lives for one request anyway (docs/PERFORMANCE.md).
        request.setAttribute(ACTOR, actor.get());
        return context.doNothing();
    }

    /** The identity store's verdict: the caller, or empty when the details are wrong or locked out. */
    private Optional<Actor> check(UsernamePasswordCredential login) {
        CredentialValidationResult result = identityStores.validate(login);
        if (result.getStatus() == CredentialValidationResult.Status.VALID
                && result.getCallerPrincipal() instanceof ActorPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    /** Why a sign-in was refused, in words to show the person. */
    private String refusal(String email) {
        return accounts.lockedUntil(email)
                .map(until -> "Too many wrong passwords. For your safety, please wait "
                        + SignInThrottle.LOCK.toMinutes() + " minutes, or reset your password.")
                .orElse("The e-mail address or password is not right.");
    }

    private static AuthenticationStatus admit(Actor actor, HttpServletRequest request, HttpMessageContext context) {
        request.setAttribute(ACTOR, actor);
        return context.notifyContainerAboutLogin(new ActorPrincipal(actor),
                actor.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    /** Forgets the page sign-in: the session ends. */
    public static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
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
