package coop.market.web.rest;

import coop.market.application.CustomerChange;
import coop.market.web.rest.NewCustomerRequest.AddressDto;

/**
 * The body of {@code PUT /customers/{id}} (staff): the customer's name, e-mail address, address, organisation (null
 * for a household) and whether the organisation is invoiced on terms (left out: as it was).
 */
public record CustomerChangeRequest(String name, String email, AddressDto address, String organisation,
        Boolean invoiceApproved) {

    CustomerChange toCommand() {
        AddressDto at = address == null ? new AddressDto(null, null, null, null) : address;
        return new CustomerChange(name, email, at.line1(), at.line2(), at.town(), at.postcode(), organisation,
                invoiceApproved);
    }
}
