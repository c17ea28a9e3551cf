package coop.market.web.rest;

import coop.market.domain.customer.Customer;
import coop.market.domain.shared.Address;
import coop.market.web.rest.NewCustomerRequest.AddressDto;

/** A customer as the API shows them. */
public record CustomerDto(String id, String name, String email, String kind, String organisation, AddressDto address,
        boolean invoiceApproved) {

    public static CustomerDto of(Customer customer) {
        Address at = customer.address();
        return new CustomerDto(customer.id(), customer.name(), customer.email(), customer.kind().name(),
                customer.organisation(), new AddressDto(at.line1(), at.line2(), at.town(), at.postcode()),
                customer.invoiceApproved());
    }
}
