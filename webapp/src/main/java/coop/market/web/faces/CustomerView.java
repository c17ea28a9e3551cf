package coop.market.web.faces;

import coop.market.application.CalendarService;
import coop.market.application.CooperativeService;
import coop.market.application.CustomerService;
import coop.market.application.PlainWords;
import coop.market.application.StaffDeskService;
import coop.market.application.StaffDeskService.Row;
import coop.market.domain.account.Actor;
import coop.market.domain.customer.Customer;
import coop.market.domain.shared.NotFoundException;
import coop.market.web.security.SignedIn;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;

/** One customer for staff: who they are, where, how they pay, and all their bookings, paged. */
@Named
@ViewScoped
public class CustomerView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/staff/customer.xhtml";

    /** The customer as the page shows them. */
    public record Facts(String name, String email, String address, String kind, String organisation, String invoicing,
            String since) implements Serializable {
    }

    @Inject
    CustomerService customers;

    @Inject
    StaffDeskService desk;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    private String id;
    private Facts facts;
    private final LazyDataModel<Row> bookings = new PagedRows<>(() -> desk.countOfCustomer(id, staff()),
            (offset, limit) -> desk.ofCustomer(id, offset, limit, staff()), Row::bookingId);

    /** Staff only. */
    public void load() throws IOException {
        Optional<Actor> staff = signedIn.actor().filter(Actor::isStaff);
        if (staff.isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE + (id == null ? "" : "?id=" + Answers.encoded(id)));
            return;
        }
        if (facts == null) {
            try {
                Customer customer = customers.get(id);
                facts = new Facts(customer.name(), customer.email(), CalendarService.place(customer.address()),
                        CustomersView.kindWords(customer), customer.organisation(),
                        customer.invoiceApproved() ? "Invoiced, pays later" : "Pays when booking or ordering",
                        PlainWords.day(customer.createdAt().atZone(cooperative.zone()).toLocalDate()));
            } catch (NotFoundException e) {
                facts = null;
            }
        }
    }

    private Actor staff() {
        return signedIn.actor().orElse(null);
    }

    public String when(Row row) {
        return PlainWords.when(row.start(), row.end(), cooperative.zone());
    }

    public String status(Row row) {
        return StatusWords.of(row.status(), row.lapsed());
    }

    public boolean isFound() {
        return facts != null;
    }

    public Facts getFacts() {
        return facts;
    }

    public LazyDataModel<Row> getBookings() {
        return bookings;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
