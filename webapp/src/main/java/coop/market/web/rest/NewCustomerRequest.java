package coop.market.web.rest;

import coop.market.application.NewCustomer;

/** The body of {@code POST /customers}: a customer signing themselves up. */
public record NewCustomerRequest(String name, String email, String password, AddressDto address,
        String organisation) {

    /** A postal address on the wire. */
    public record AddressDto(String line1, String line2, String town, String postcode) {
    }

    NewCustomer toCommand() {
        AddressDto at = address == null ? new AddressDto(null, null, null, null) : address;
        return new NewCustomer(name, email, password, at.line1(), at.line2(), at.town(), at.postcode(), organisation);
    }

    @Override
    public String toString() {
        return "NewCustomerRequest[" + email + "]";
    }
}
