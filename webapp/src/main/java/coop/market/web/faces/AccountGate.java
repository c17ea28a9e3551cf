package coop.market.web.faces;

import coop.market.domain.account.Actor;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/**
 * The door of the customer's account pages ({@code /account/}): a signed-in customer goes in; someone not signed
 * in is sent to sign in and brought back to the same address; someone signed in who is not a customer (staff, a
 * member) is told, with 403, that the page is for customers. Someone else's booking, order or invoice is answered
 * 404 by the page itself: for this customer it does not exist.
 */
@Named
@RequestScoped
public class AccountGate {

    @Inject
    SignedIn signedIn;

    private boolean refused;

    /**
     * The customer, if they may see the page; otherwise the response is already chosen (a redirect to sign in,
     * or the page's "for customers" words with status 403) and the view should do nothing more.
     *
     * @param here the page's own path and query, to come back to after signing in
     */
    Optional<Actor> customer(String here) throws IOException {
        Optional<Actor> actor = signedIn.actor();
        if (actor.isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + Answers.encoded(here));
            return Optional.empty();
        }
        if (actor.get().customer().isEmpty()) {
            refused = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
            return Optional.empty();
        }
        return actor;
    }

    /** Answers 404 with the site's "page not found" page: someone else's thing, or nothing at all. */
    static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseSendError(404, "Not found");
        faces.responseComplete();
    }

    /** True when a signed-in person who is not a customer asked for an account page. */
    public boolean isRefused() {
        return refused;
    }
}
