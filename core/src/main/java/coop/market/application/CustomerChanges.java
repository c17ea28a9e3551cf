package coop.market.application;

import coop.market.domain.customer.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a change made to a customer's details, in words for the audit: "e-mail margaret@old.org ->
 * margaret@new.org; invoiced on terms no -> yes". Taken before the change, read after it.
 */
final class CustomerChanges {

    private static final List<String> NAMES = List.of("name", "e-mail", "address", "organisation",
            "invoiced on terms");

    private final List<String> before;

    CustomerChanges(Customer customer) {
        before = facts(customer);
    }

    /** The words for what changed, or empty when nothing did. */
    Optional<String> after(Customer customer) {
        List<String> after = facts(customer);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            if (!Objects.equals(before.get(i), after.get(i))) {
                changed.add(NAMES.get(i) + " " + before.get(i) + " -> " + after.get(i));
            }
        }
        return changed.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", changed));
    }

    private static List<String> facts(Customer customer) {
        return List.of(customer.name(), customer.email(), String.join(", ", Letterhead.addressLines(customer.address())),
                customer.organisation() == null ? "none" : customer.organisation(),
                customer.invoiceApproved() ? "yes" : "no");
    }
}
