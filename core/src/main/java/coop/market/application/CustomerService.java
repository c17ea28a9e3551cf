package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.account.PasswordHasher;
import coop.market.domain.account.Role;
import coop.market.domain.account.UserAccount;
import coop.market.domain.account.UserAccountRepository;
import coop.market.domain.customer.Customer;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.shared.Address;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Customers signing themselves up, and finding them. */
@ApplicationScoped
@Transactional
public class CustomerService {

    public static final int MIN_PASSWORD_LENGTH = UserAccount.MIN_PASSWORD_LENGTH;

    @Inject
    CustomerRepository customers;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    Clock clock;

    public Customer signUp(NewCustomer request) {
        FieldErrors errors = new FieldErrors();
        errors.requireText("name", request.name(), 200);
        errors.requireEmail("email", request.email());
        if (errors.requireText("password", request.password(), 200)
                && request.password().length() < MIN_PASSWORD_LENGTH) {
            errors.add("password", "Use at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        Address address = Addresses.checked(request.addressLine1(), request.addressLine2(), request.town(),
                request.postcode(), errors);
        errors.optionalText("organisation", request.organisation(), 200);
        errors.throwIfAny();
        if (accounts.findByEmail(request.email()).isPresent()) {
            throw new ConflictException("email-taken",
                    "There is already an account with this e-mail address. Sign in, or reset your password.");
        }
        Customer customer = new Customer(Ids.newId(), request.name().strip(),
                UserAccount.normaliseEmail(request.email()),
                address, request.organisation(), clock.instant());
        customers.add(customer);
        accounts.add(new UserAccount(Ids.newId(), customer.email(), passwordHasher.hash(request.password()),
                Set.of(Role.CUSTOMER), null, customer.id(), clock.instant()));
        return customer;
    }

    /** Customers in name order, a page at a time; staff only. */
    public List<Customer> list(int offset, int limit, Actor actor) {
        Permissions.requireStaff(actor, "see the customers");
        return customers.list(offset, limit);
    }

    public long count(Actor actor) {
        Permissions.requireStaff(actor, "see the customers");
        return customers.count();
    }

    /** The customer with this e-mail address, if there is one. */
    public Optional<Customer> findByEmail(String email) {
        return customers.findByEmail(email);
    }

    public Customer get(String id) {
        return customers.find(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }
}
