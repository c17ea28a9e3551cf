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

    @Inject
    CheckoutView checkout;

    private CheckedOut made;
    private String card;
    private String paid;

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

    /**
     * What happens about paying: for an order paid for now, whether it is paid; for the visits, the card just
     * saved, invoicing on terms, or the invoice to pay later.
     */
    public String getPayment() {
        if (!made.paysNow()) {
            return later("everything");
        }
        String order;
        if ("card".equals(paid)) {
            order = "Thank you for paying " + made.toPayNow() + " for your order. Invoice " + made.invoiceNumber()
                    + " shows it as paid once your bank confirms it.";
        } else if (made.savedCard() != null) {
            order = "We are taking " + made.toPayNow() + " for your order from your " + made.savedCard() + ".";
        } else {
            order = "Your order is not paid yet. Pay invoice " + made.invoiceNumber() + " (" + made.toPayNow()
                    + ") from your account, by card or by bank transfer.";
        }
        return made.bookings().isEmpty() ? order : order + " " + later("your visits");
    }

    /** How what is invoiced after the work ("everything", or "your visits" when the order is paid) is paid. */
    private String later(String what) {
        if ("saved".equals(card)) {
            return "Thank you for saving your card. After the work is done, we e-mail you one invoice for"
                    + " " + what + ", and take the money from your card then.";
        }
        String saved = checkout.getSavedCard();
        if (saved != null && checkout.isCardPayments() && !checkout.isInvoiced()) {
            return "After the work is done, we e-mail you one invoice for " + what + ", and take the money from your "
                    + saved + " then.";
        }
        if (checkout.isInvoiced()) {
            return "We will invoice you after the work is done, on our usual terms.";
        }
        if (checkout.isCardPayments() && made.paysNow()) {
            return "After the work is done, we e-mail you one invoice for " + what + ". You can pay it from your"
                    + " account, or save a card now and we take the money from it then.";
        }
        if (checkout.isCardPayments()) {
            return "After the work is done, we e-mail you one invoice for " + what + ". You did not save a card, and"
                    + " that is fine: pay the invoice from your account, by card or by bank transfer. You can"
                    + " still save a card in your account.";
        }
        return "After the work is done, we send you one invoice for " + what + ".";
    }

    /** A card may still be saved: card payments are on and none was saved just now. */
    public boolean isCardOffered() {
        return checkout.isCardPayments() && !"saved".equals(card) && checkout.getSavedCard() == null;
    }

    /** The {@code paid} parameter Stripe's return address carries once the order is paid for by card. */
    public String getPaid() {
        return paid;
    }

    public void setPaid(String paid) {
        this.paid = paid;
    }

    /** The {@code card} parameter Stripe's return address carries once the card is saved. */
    public String getCard() {
        return card;
    }

    public void setCard(String card) {
        this.card = card;
    }
}
