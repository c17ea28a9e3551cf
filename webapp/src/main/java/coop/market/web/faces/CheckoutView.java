package coop.market.web.faces;

import coop.market.application.CheckoutService;
import coop.market.application.CustomerService;
import coop.market.application.InvoicingPolicies;
import coop.market.application.OrderPolicies;
import coop.market.application.PlainWords;
import coop.market.application.SavedCardService;
import coop.market.domain.account.Actor;
import coop.market.domain.booking.Booking;
import coop.market.domain.cardpayment.CardPayment;
import coop.market.domain.cardpayment.SavedCard;
import coop.market.domain.customer.Customer;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.order.ProductOrder;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.Money;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checking out the basket: who is buying (signing in or creating an account first, the basket kept), how they pay,
 * then everything booked and ordered at once. If anything is refused, nothing is made and the basket is kept as it
 * was, with the reason beside the item.
 */
@Named
@RequestScoped
public class CheckoutView {

    static final String PAGE = "/shop/checkout.xhtml";

    @Inject
    ShopBasket basket;

    @Inject
    CheckoutService checkout;

    @Inject
    CustomerService customers;

    @Inject
    OrderPolicies orderPolicies;

    @Inject
    InvoicingPolicies invoicing;

    @Inject
    CardPaymentsOffer cardPayments;

    @Inject
    SavedCardService savedCards;

    @Inject
    SignedIn signedIn;

    private List<FieldError> errors = List.of();

    /** Books and orders everything in the basket, then shows the confirmation. */
    public void confirm() throws IOException {
        Optional<Actor> customer = signedIn.actor().filter(actor -> actor.customer().isPresent());
        if (customer.isEmpty()) {
            Answers.redirect(PAGE);
            return;
        }
        if (basket.isEmpty()) {
            errors = List.of(new FieldError("items", "Your basket is empty: choose something to book or buy"));
            return;
        }
        CheckoutService.Checkout made;
        try {
            made = checkout.checkout(basket.toBasket(), null, customer.get());
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(error -> new FieldError("items", aboutItem(error))).toList();
            return;
        } catch (ConflictException e) {
            errors = List.of(new FieldError("items", e.getMessage()));
            return;
        }
        CheckedOut checkedOut = described(made, customer.get());
        basket.checkedOut(checkedOut);
        Answers.redirect(nextStep(checkedOut));
    }

    /**
     * After checkout: an order paid for now is taken from the card saved before (sent to Stripe now the checkout has
     * committed), or paid on Stripe's form; bookings alone lead to saving the card their invoice will be taken
     * from (or not); then the confirmation.
     */
    private String nextStep(CheckedOut made) {
        if (made.paysNow() && made.savedCard() != null) {
            savedCards.chargeFor(made.invoiceId());
            return ConfirmationView.PAGE;
        }
        if (made.paysNow()) {
            return AccountPayView.PAGE + "?invoice=" + Answers.encoded(made.invoiceId()) + "&after="
                    + AccountPayView.AFTER_CHECKOUT;
        }
        return isSavingCard() ? AccountCardView.PAGE + "?after=" + AccountCardView.AFTER_CHECKOUT
                : ConfirmationView.PAGE;
    }

    /** "Booking 1 (Garden tidy-ups): Choose a later time", from the checkout's "bookings[0].start". */
    private String aboutItem(FieldError error) {
        String field = error.field();
        if (field.startsWith("bookings[")) {
            int index = Integer.parseInt(field.substring("bookings[".length(), field.indexOf(']')));
            List<ShopBasket.BasketBooking> visits = basket.getBookings();
            String title = index < visits.size() ? " (" + visits.get(index).choice().title() + ")" : "";
            return "Visit " + (index + 1) + title + ": " + error.message();
        }
        return field.startsWith("order.") ? "Your order: " + error.message() : error.message();
    }

    private CheckedOut described(CheckoutService.Checkout made, Actor actor) {
        List<String> visits = new ArrayList<>();
        List<ShopBasket.BasketBooking> asked = basket.getBookings();
        for (int i = 0; i < asked.size(); i++) {
            BookingChoice choice = asked.get(i).choice();
            visits.add(choice.title() + " with " + choice.memberFirstName() + ": " + choice.when()
                    + (choice.repeats() == null ? "" : ". " + choice.repeats()));
        }
        List<String> lines = basket.getProducts().stream().map(line -> line.choice().quantity() + " x "
                + line.choice().title() + " from " + line.choice().memberFirstName()).toList();
        String orderReference = made.productOrder().map(ProductOrder::reference).orElse(null);
        String reference = orderReference != null ? orderReference
                : ProductOrder.referenceOf(made.bookings().get(0).stream().map(Booking::id).findFirst().orElseThrow());
        Optional<Invoice> invoice = made.orderInvoice();
        return new CheckedOut(reference, visits, lines, orderReference, !basket.isDelivery(), actor.email(),
                invoice.map(Invoice::id).orElse(null), invoice.map(Invoice::number).orElse(null),
                invoice.map(Invoice::amountDue).map(PlainWords::money).orElse(null),
                invoice.isPresent() ? getSavedCard() : null);
    }

    public boolean isSignedIn() {
        return signedIn.actor().isPresent();
    }

    public boolean isCustomer() {
        return signedIn.actor().flatMap(Actor::customer).isPresent();
    }

    /** Approved organisations are invoiced on their terms; everyone else pays the same invoice by card. */
    public boolean isInvoiced() {
        return signedIn.actor().flatMap(Actor::customer).map(customers::get).map(Customer::invoiceApproved)
                .orElse(false);
    }

    public boolean isCardPayments() {
        return cardPayments.offered();
    }

    /** The customer pays by card: after booking, they save the card we take the invoice's money from. */
    public boolean isSavingCard() {
        return isCardPayments() && !isInvoiced() && getSavedCard() == null;
    }

    /**
     * How a household pays, in words: the order now by card (from the card saved before, or on Stripe's form
     * next), the visits when they are invoiced after the work. Approved organisations have their own words.
     */
    public String getPayWords() {
        String card = getSavedCard();
        boolean visits = !basket.getBookings().isEmpty();
        if (!isCardPayments()) {
            return "You pay nothing now. After the work is done we send you one invoice for everything. You can pay"
                    + " it by bank transfer.";
        }
        long order = orderTotalMinor();
        if (order >= CardPayment.SMALLEST_MINOR) {
            // Shop prices are before VAT; a VAT-registered co-op's invoice adds it.
            String now = "You pay " + PlainWords.money(Money.ofMinor(order, basket.currency()))
                    + (invoicing.terms().vat().isPresent() ? " plus VAT" : "") + " for your order now";
            if (card != null) {
                return now + ", from your " + card + "." + (visits ? " We take the money for your visits from it"
                        + " when we invoice you, after the work is done." : "");
            }
            return now + ", by card. Next you pay on the form of Stripe, our card payment provider."
                    + (visits ? " Your visits are invoiced after the work is done. You can save a card for them"
                    + " after paying." : "");
        }
        if (card != null) {
            return "You pay nothing now. We take the money from your " + card + " when we invoice you, after the"
                    + " work is done. You will get the invoice by e-mail.";
        }
        return "You pay nothing now. Next you save your card with Stripe, our card payment provider. We take the"
                + " money from it when we invoice you, after the work is done. You will get the invoice by e-mail."
                + " Your bookings stand even if you do not save a card: then you pay the invoice from your account.";
    }

    /** The basket's goods with their delivery, in minor units: what the order's invoice will ask for. */
    private long orderTotalMinor() {
        if (basket.getProducts().isEmpty()) {
            return 0;
        }
        long items = basket.getProducts().stream().mapToLong(line -> line.choice().totalMinor()).sum();
        return items + (basket.isDelivery() ? orderPolicies.deliveryCharge().minor() : 0);
    }

    /** "Visa ending 4242": the card saved before, that this checkout's invoice is taken from; else null. */
    public String getSavedCard() {
        return signedIn.actor().filter(actor -> actor.customer().isPresent()).flatMap(savedCards::card)
                .flatMap(SavedCard::description).orElse(null);
    }

    public String getDeliveryCharge() {
        return basket.isDelivery() && !basket.getProducts().isEmpty() && orderPolicies.deliveryCharge().isPositive()
                ? PlainWords.money(orderPolicies.deliveryCharge()) : null;
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
