package coop.market.web.rest;

import coop.market.domain.customer.Customer;

/** A customer as the API shows them. */
public record CustomerDto(String id, String name, String email, String kind, String organisation) {

    public static CustomerDto of(Customer customer) {
        return new CustomerDto(customer.id(), customer.name(), customer.email(), customer.kind().name(),
                customer.organisation());
    }
}
