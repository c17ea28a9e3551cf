package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.customer.Customer;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.InvalidInputException;

/** Who a booking or an order is for: a customer books and orders for themselves; staff say for which customer. */
final class Buyers {

    private Buyers() {
    }

    /**
     * @param customerId the customer named in the request, or null
     * @param what       what is being made, "booking" or "order"
     * @param verb       what the customer does, "book" or "order"
     */
    static Customer of(String customerId, Actor actor, CustomerRepository customers, String what, String verb) {
        if (actor.isStaff()) {
            if (customerId == null) {
                throw new InvalidInputException("customerId", "Say which customer the " + what + " is for");
            }
            return customers.find(customerId)
                    .orElseThrow(() -> new InvalidInputException("customerId", "There is no customer with this id"));
        }
        if (actor.customerId() == null) {
            throw new AccessDeniedException("Only customers and co-op staff can " + verb);
        }
        if (customerId != null && !customerId.equals(actor.customerId())) {
            throw new InvalidInputException("customerId", "You can only " + verb + " for yourself");
        }
        return customers.find(actor.customerId()).orElseThrow();
    }
}
