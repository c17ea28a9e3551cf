package coop.market.web.faces;

import coop.market.domain.shared.FieldError;
import coop.market.web.security.CoopAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sign-in page and the sign-out button: hands the e-mail and password to the authentication
 * mechanism, which remembers the caller in a new session; then goes back where the person was.
 * Password managers and pasting work (ordinary fields, the usual autocomplete names); there are
 * no puzzles.
 */
@Named
@RequestScoped
public class SignInView {

    @Inject
    SecurityContext security;

    private String email;
    private String password;
    private String next;
    private final List<FieldError> errors = new ArrayList<>();

    public String signIn() throws IOException {
        if (email == null || email.isBlank()) {
            errors.add(new FieldError("email", "Enter your e-mail address"));
        }
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError("password", "Enter your password"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email.strip(), new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
        } else {
            password = null;
            errors.add(new FieldError("email", "The e-mail address or password is not right"));
        }
        return null;
    }

    public void signOut() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        CoopAuthenticationMechanism.signOut(request);
        external.redirect(external.getRequestContextPath() + "/?signedOut=true");
        faces.responseComplete();
    }

    /** Only a path on this site, so the link cannot send someone elsewhere after signing in. */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n")) {
            return "/";
        }
        return next;
    }

    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
