package coop.market.web.faces;

import coop.market.application.Addresses;
import coop.market.application.CooperativeService;
import coop.market.application.CustomerService;
import coop.market.application.NewBooking;
import coop.market.application.OrderPolicies;
import coop.market.application.PlainWords;
import coop.market.domain.customer.Customer;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Money;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * The basket: what is in it, taking things out, and (when it holds products) collecting them or having them
 * delivered, with the delivery charge said before checkout.
 */
@Named
@RequestScoped
public class BasketView {

    static final String PAGE = "/shop/basket.xhtml";

    @Inject
    ShopBasket basket;

    @Inject
    OrderPolicies orderPolicies;

    @Inject
    CooperativeService cooperative;

    @Inject
    CustomerService customers;

    @Inject
    SignedIn signedIn;

    private String added;
    private String fulfilment;
    private final AddressFields address = new AddressFields();
    private List<FieldError> errors = List.of();

    /** The delivery choice as it was, or the signed-in customer's own address to deliver to. */
    public void load() {
        if (fulfilment != null) {
            return;
        }
        fulfilment = basket.isDelivery() ? "DELIVER" : "COLLECT";
        NewBooking.Place place = basket.getDeliveryAddress();
        if (place != null) {
            address.fill(place);
        } else {
            signedIn.actor().flatMap(actor -> actor.customer()).map(customers::get).map(Customer::address)
                    .ifPresent(address::fill);
        }
    }

    public void remove(String key) throws IOException {
        basket.remove(key);
        Answers.redirect(PAGE + "?added=removed");
    }

    /** Keeps the delivery choice (checking the address when delivering), then on to checkout. */
    public void checkOut() throws IOException {
        boolean deliver = "DELIVER".equals(fulfilment);
        if (deliver && !basket.getProducts().isEmpty()) {
            FieldErrors found = new FieldErrors();
            if (Addresses.checked(address.getLine1(), address.getLine2(), address.getTown(), address.getPostcode(),
                    found) == null) {
                errors = found.list().stream().map(error -> new FieldError(
                        error.field().replace("address.", "delivery-"), error.message())).toList();
                return;
            }
            basket.fulfil(true, address.toPlace());
        } else {
            basket.fulfil(false, null);
        }
        Answers.redirect(CheckoutView.PAGE);
    }

    /** What the delivery would cost, or null when the co-op does not charge for it. */
    public String getDeliveryCharge() {
        Money charge = orderPolicies.deliveryCharge();
        return charge.isPositive() ? PlainWords.money(charge) : null;
    }

    public String money(long minor) {
        return PlainWords.money(Money.ofMinor(minor, basket.currency()));
    }

    /** What the notice at the top says after something was added or taken out. */
    public String getNotice() {
        if ("booking".equals(added)) {
            return "The visit is in your basket. Nothing is booked until you check out.";
        }
        if ("product".equals(added)) {
            return "Added to your basket.";
        }
        return "removed".equals(added) ? "Taken out of your basket." : null;
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getAdded() {
        return added;
    }

    public void setAdded(String added) {
        this.added = added;
    }

    public AddressFields getAddress() {
        return address;
    }

    public String getFulfilment() {
        return fulfilment;
    }

    public void setFulfilment(String fulfilment) {
        this.fulfilment = fulfilment;
    }

}
