package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.account.PasswordHasher;
import coop.market.domain.account.Role;
import coop.market.domain.account.UserAccount;
import coop.market.domain.account.UserAccountRepository;
import coop.market.domain.audit.AuditEntry;
import coop.market.domain.audit.AuditLog;
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

/** Customers signing themselves up, finding them, and staff correcting their details. */
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
    AccountService accountService;

    @Inject
    AuditLog audit;

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

    /**
     * Staff correct a customer's details. The e-mail address is the one they sign in with, so it changes on their
     * account too and may not be anybody else's. Invoices already issued keep the details they were made out to.
     * Audited for the customer.
     *
     * @throws NotFoundException when there is no such customer
     */
    public Customer change(String id, CustomerChange change, Actor actor) {
        Permissions.requireStaff(actor, "change customers' details");
        Customer customer = get(id);
        FieldErrors errors = new FieldErrors();
        errors.requireText("name", change.name(), 200);
        if (errors.requireEmail("email", change.email()) && emailTakenByAnother(change.email(), id)) {
            errors.add("email", "Someone else already uses " + change.email().strip() + ". Give another address.");
        }
        Address address = Addresses.checked(change.addressLine1(), change.addressLine2(), change.town(),
                change.postcode(), errors);
        errors.optionalText("organisation", change.organisation(), 200);
        boolean organisation = change.organisation() != null && !change.organisation().isBlank();
        boolean invoiced = change.invoiceApproved() == null ? customer.invoiceApproved() && organisation
                : change.invoiceApproved();
        if (invoiced && !organisation) {
            errors.add("invoiceApproved", "Only an organisation can be invoiced on terms. Give its name, or untick this.");
        }
        errors.throwIfAny();

        CustomerChanges changes = new CustomerChanges(customer);
        String oldEmail = customer.email();
        customer.changeDetails(change.name().strip(), UserAccount.normaliseEmail(change.email()), address,
                change.organisation(), invoiced);
        if (!oldEmail.equals(customer.email())) {
            accounts.ofCustomer(id).ifPresent(account -> account.changeEmail(customer.email()));
            accountService.forget(oldEmail);
        }
        changes.after(customer).ifPresent(words -> audit.record(AuditEntry.forCustomer(Ids.newId(), clock.instant(),
                actor.accountId(), actor.email(), id, "customer.changed", words)));
        return customer;
    }

    /** What staff have changed of the customer's details, newest first. */
    public List<AuditEntry> changesOf(String id, int limit, Actor actor) {
        Permissions.requireStaff(actor, "see what was changed of customers' details");
        return audit.forCustomer(id, limit);
    }

    private boolean emailTakenByAnother(String email, String customerId) {
        return accounts.findByEmail(email).filter(account -> !account.customerId().equals(Optional.of(customerId)))
                .isPresent()
                || customers.findByEmail(email).filter(other -> !other.id().equals(customerId)).isPresent();
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
