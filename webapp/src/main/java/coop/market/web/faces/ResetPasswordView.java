package coop.market.web.faces;

import coop.market.application.PasswordService;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/** The page a reset link opens: choose a new password, then sign in with it. */
@Named
@RequestScoped
public class ResetPasswordView {

    @Inject
    PasswordService passwords;

    private String token;
    private String password;
    private List<FieldError> errors = List.of();

    public String save() throws IOException {
        try {
            passwords.reset(token, password);
        } catch (InvalidInputException e) {
            errors = e.errors();
            password = null;
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/sign-in.xhtml?notice=password-changed");
        faces.responseComplete();
        return null;
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
