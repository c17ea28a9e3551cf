package coop.market.web.faces;

import coop.market.application.CustomerService;
import coop.market.application.NewCustomer;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.util.List;

/**
 * Creating a customer account: name, e-mail address, a password, the address where work is done and, when buying
 * for one, the organisation. The new customer is signed straight in and goes back where they were (the checkout,
 * usually), with their basket.
 */
@Named
@RequestScoped
public class SignUpView {

    @Inject
    CustomerService customers;

    @Inject
    SecurityContext security;

    private String name;
    private String email;
    private String password;
    private final AddressFields address = new AddressFields();
    private String organisation;
    private String next;
    private List<FieldError> errors = List.of();

    public void signUp() throws IOException {
        try {
            customers.signUp(new NewCustomer(name, email, password, address.getLine1(), address.getLine2(),
                    address.getTown(), address.getPostcode(), organisation));
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(AddressFields::onThePage).toList();
            return;
        } catch (ConflictException e) {
            errors = List.of(new FieldError("email", e.getMessage()));
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (PasswordSignIn.signIn(security, external, email, password)) {
            Answers.redirect(PasswordSignIn.safeNext(next));
        } else {
            Answers.redirect("/sign-in.xhtml?next=" + Answers.encoded(PasswordSignIn.safeNext(next)));
        }
    }

    public int getMinPasswordLength() {
        return CustomerService.MIN_PASSWORD_LENGTH;
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Never written back into the page. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public AddressFields getAddress() {
        return address;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
