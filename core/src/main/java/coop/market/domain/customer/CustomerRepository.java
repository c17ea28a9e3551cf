package coop.market.domain.customer;

import java.util.Optional;

/** Where customers are kept. */
public interface CustomerRepository {

    void add(Customer customer);

    Optional<Customer> find(String id);
}
