package coop.market.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** After checkout: the reference, what was asked for, and what happens next. */
@Named
@RequestScoped
public class ConfirmationView {

    static final String PAGE = "/shop/confirmation.xhtml";

    @Inject
    ShopBasket basket;

    private CheckedOut made;

    /** Without a checkout in this session there is nothing to confirm: back to the basket. */
    public void load() throws IOException {
        made = basket.lastCheckout().orElse(null);
        if (made == null) {
            Answers.redirect(BasketView.PAGE);
        }
    }

    public CheckedOut getMade() {
        return made;
    }
}
