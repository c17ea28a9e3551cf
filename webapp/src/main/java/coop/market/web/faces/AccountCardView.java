package coop.market.web.faces;

import coop.market.application.SavedCardService;
import coop.market.domain.account.Actor;
import coop.market.domain.cardpayment.CardIntent;
import coop.market.domain.cardpayment.CardProcessorException;
import coop.market.domain.cardpayment.SavedCard;
import coop.market.domain.shared.ConflictException;
import coop.market.application.CustomerService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/**
 * Saving a card to pay invoices with: Stripe's own form (Stripe.js's Payment Element in setup mode, mounted by
 * {@code js/pay.js} with the setup's client secret), so card details go to Stripe and never through this server.
 * The step after checkout for customers who pay by card, and reachable from "Your account". The card is saved when
 * Stripe's webhook says so; nothing here is needed for the bookings, which stand whether a card is saved or not.
 */
@Named
@RequestScoped
public class AccountCardView {

    static final String PAGE = "/account/card.xhtml";

    /** The {@code after} parameter of the step that follows checkout. */
    static final String AFTER_CHECKOUT = "checkout";

    @Inject
    AccountGate gate;

    @Inject
    SavedCardService savedCards;

    @Inject
    CustomerService customers;

    @Inject
    CardPaymentsOffer offer;

    private String after;
    private boolean shown;
    private boolean invoiced;
    private CardIntent setup;
    private String currentCard;
    private String problem;

    public void load() throws IOException {
        Optional<Actor> customer = gate.customer(PAGE + (isAfterCheckout() ? "?after=" + AFTER_CHECKOUT : ""));
        if (customer.isEmpty()) {
            return;
        }
        shown = true;
        invoiced = customers.get(customer.get().customerId()).invoiceApproved();
        currentCard = savedCards.card(customer.get()).flatMap(SavedCard::description).orElse(null);
        if (!offer.offered()) {
            return;
        }
        try {
            setup = savedCards.startSetup(customer.get());
        } catch (CardProcessorException | ConflictException e) {
            problem = "The card form cannot be shown just now. Please try again later from your account.";
        }
    }

    public boolean isShown() {
        return shown;
    }

    public boolean isAfterCheckout() {
        return AFTER_CHECKOUT.equals(after);
    }

    /** An approved organisation: invoiced on terms, and saves a card only if it wants to. */
    public boolean isInvoiced() {
        return invoiced;
    }

    public boolean isCardForm() {
        return setup != null;
    }

    /** "Visa ending 4242" when a card is saved already, else null. */
    public String getCurrentCard() {
        return currentCard;
    }

    public String getProblem() {
        return problem;
    }

    public String getClientSecret() {
        return setup.clientSecret();
    }

    public String getPublishableKey() {
        return offer.publishableKey().orElse("");
    }

    /** Where Stripe brings the browser back to once the card is saved: the confirmation, or the account. */
    public String getReturnUrl() {
        return SiteAddress.of(FacesContext.getCurrentInstance().getExternalContext())
                + (isAfterCheckout() ? ConfirmationView.PAGE + "?card=saved" : AccountView.PAGE + "?said=card-saved");
    }

    /** Where "not now" leads: on to the confirmation after checkout, else back to the account. */
    public String getLeaveUrl() {
        return isAfterCheckout() ? ConfirmationView.PAGE : AccountView.PAGE;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }
}
