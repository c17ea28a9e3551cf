package coop.market.domain.customer;

import java.util.List;
import java.util.Optional;

/** Where customers are kept. */
public interface CustomerRepository {

    void add(Customer customer);

    Optional<Customer> find(String id);

    /**
     * Locks the customer's row to the end of the transaction, so two invoice runs invoice them one after
     * the other (the second then finds nothing left). Empty if there is no such customer.
     */
    Optional<Customer> lockForInvoicing(String id);

    /** Customers in name order, a page at a time. */
    List<Customer> list(int offset, int limit);

    long count();

    /** The customer with this e-mail address (compared without regard to case or spaces), if any. */
    Optional<Customer> findByEmail(String email);
}
