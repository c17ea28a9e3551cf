package coop.market.domain.customer;

import java.util.Optional;

/** Where customers are kept. */
public interface CustomerRepository {

    void add(Customer customer);

    Optional<Customer> find(String id);

    /** The customer with this e-mail address (compared without regard to case or spaces), if any. */
    Optional<Customer> findByEmail(String email);
}
