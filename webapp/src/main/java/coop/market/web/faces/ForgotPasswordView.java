package coop.market.web.faces;

import coop.market.application.PasswordService;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * "Forgotten your password?": asks for the e-mail address and sends a reset link. The answer is
 * the same whether or not the address has an account.
 */
@Named
@RequestScoped
public class ForgotPasswordView {

    @Inject
    PasswordService passwords;

    private String email;
    private boolean sent;
    private List<FieldError> errors = List.of();

    public String send() {
        try {
            passwords.sendResetLink(email, resetPage());
            sent = true;
        } catch (InvalidInputException e) {
            errors = e.errors();
        }
        return null;
    }

    private static String resetPage() {
        return SiteAddress.of(FacesContext.getCurrentInstance().getExternalContext()) + "/reset-password.xhtml";
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
