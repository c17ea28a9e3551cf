package coop.market.web.faces;

import coop.market.application.CustomerService;
import coop.market.domain.account.Actor;
import coop.market.domain.customer.Customer;
import coop.market.web.security.SignedIn;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** The co-op's customers for staff, in name order, paged in the database; each opens the customer's page. */
@Named
@ViewScoped
public class CustomersView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/staff/customers.xhtml";

    /** One customer as the list shows them. */
    public record CustomerRow(String id, String name, String email, String town, String kind, String invoicing)
            implements Serializable {
    }

    @Inject
    CustomerService customers;

    @Inject
    SignedIn signedIn;

    private final LazyDataModel<CustomerRow> rows = new PagedRows<>(() -> customers.count(staff()),
            (offset, limit) -> customers.list(offset, limit, staff()).stream().map(CustomersView::row).toList(),
            CustomerRow::id);

    /** Staff only. */
    public void load() throws IOException {
        if (signedIn.actor().filter(Actor::isStaff).isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE);
        }
    }

    private Actor staff() {
        return signedIn.actor().orElse(null);
    }

    private static CustomerRow row(Customer customer) {
        return new CustomerRow(customer.id(), customer.name(), customer.email(), customer.address().town(),
                kindWords(customer), customer.invoiceApproved() ? "Approved" : "Pays first");
    }

    static String kindWords(Customer customer) {
        return switch (customer.kind()) {
            case HOUSEHOLD -> "Household";
            case ORGANISATION -> "Organisation";
        };
    }

    public LazyDataModel<CustomerRow> getRows() {
        return rows;
    }
}
