package coop.market.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signing in with an e-mail address and password from a page: the sign-in page, and creating an account (which
 * signs the new customer straight in). The authentication mechanism starts a new session and keeps its contents.
 */
final class PasswordSignIn {

    private PasswordSignIn() {
    }

    static boolean signIn(SecurityContext security, ExternalContext external, String email, String password) {
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email.strip(), new Password(password)))
                        .newAuthentication(true));
        return status == AuthenticationStatus.SUCCESS;
    }

    /** Only a path on this site, so a link cannot send someone elsewhere after signing in; else the home page. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n")) {
            return "/";
        }
        return next;
    }
}
