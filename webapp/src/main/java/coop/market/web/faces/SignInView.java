package coop.market.web.faces;

import coop.market.domain.shared.FieldError;
import coop.market.application.PasswordService;
import coop.market.domain.account.Role;
import coop.market.web.security.CoopAuthenticationMechanism;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
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

    @Inject
    PasswordService passwords;

    @Inject
    SignedIn signedIn;

    private String email;
    private String password;
    private String next;
    private String notice;
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
        if (PasswordSignIn.signIn(security, external, email, password)) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
        } else {
            password = null;
            Object why = external.getRequestMap().get(CoopAuthenticationMechanism.REJECTED);
            errors.add(new FieldError("email", why == null ? "The e-mail address or password is not right"
                    : why.toString().replaceAll("\\.$", "")));
        }
        return null;
    }

    public void signOut() throws IOException, ServletException {
        leave("/?signedOut=true");
    }

    /** Ends every session of this account, on every device, this one included. */
    public void signOutEverywhere() throws IOException, ServletException {
        signedIn.actor().ifPresent(passwords::signOutEverywhere);
        leave("/sign-in.xhtml?notice=signed-out-everywhere");
    }

    private static void leave(String to) throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        CoopAuthenticationMechanism.signOut(request);
        external.redirect(external.getRequestContextPath() + to);
        faces.responseComplete();
    }

    /** A note at the top of the sign-in page, after a password change or signing out everywhere. */
    public String getNoticeText() {
        if ("password-changed".equals(notice)) {
            return "Your password has been changed. Please sign in with your new password.";
        }
        if ("signed-out-everywhere".equals(notice)) {
            return "You have been signed out on every device.";
        }
        if ("timed-out".equals(notice)) {
            return "You were signed out because you did nothing for " + getSessionMinutes()
                    + " minutes. Please sign in again.";
        }
        return null;
    }

    /** Whether the signed-in person is a member, who has a "My work" page. */
    public boolean isMember() {
        return signedIn.actor().flatMap(actor -> actor.member()).isPresent();
    }

    /** Whether the signed-in person is co-op staff (or an administrator), who has the staff desk. */
    public boolean isStaff() {
        return signedIn.actor().map(actor -> actor.isStaff()).orElse(false);
    }

    /** Whether the signed-in person is a customer, who has "Your account". */
    public boolean isCustomer() {
        return signedIn.actor().flatMap(actor -> actor.customer()).isPresent();
    }

    /** Whether they support a member (and so have "Work I support"), without being a member themself. */
    public boolean isSupporterOnly() {
        return !isMember() && signedIn.actor().map(actor -> actor.has(Role.SUPPORTER)).orElse(false);
    }

    /** How long a session lasts without activity, for the timeout warning. */
    public int getSessionSeconds() {
        return FacesContext.getCurrentInstance().getExternalContext().getSessionMaxInactiveInterval();
    }

    public int getSessionMinutes() {
        return getSessionSeconds() / 60;
    }

    public String getNotice() {
        return notice;
    }

    public void setNotice(String notice) {
        this.notice = notice;
    }

    /** Only a path on this site, so the link cannot send someone elsewhere after signing in. */
    String safeNext() {
        return PasswordSignIn.safeNext(next);
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
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
