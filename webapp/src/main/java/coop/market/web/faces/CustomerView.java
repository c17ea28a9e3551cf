package coop.market.web.faces;

import coop.market.application.CalendarService;
import coop.market.application.CooperativeService;
import coop.market.application.CustomerChange;
import coop.market.application.CustomerService;
import coop.market.application.PlainWords;
import coop.market.application.StaffDeskService;
import coop.market.application.StaffDeskService.Row;
import coop.market.domain.account.Actor;
import coop.market.domain.customer.Customer;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.NotFoundException;
import coop.market.web.security.SignedIn;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;

/**
 * One customer for staff: who they are, where, how they pay, and all their bookings, paged; and their details to
 * correct (name, e-mail address, address, organisation, invoiced on terms), with what staff changed before.
 */
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
    private String said;
    private Facts facts;
    private String name;
    private String email;
    private final AddressFields address = new AddressFields();
    private String organisation;
    private boolean invoiceApproved;
    private List<FieldError> errors = List.of();
    private List<Change> changes = List.of();

    /** One change staff made, as the page lists it. */
    public record Change(String when, String who, String what) implements Serializable {
    }
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
                show(customer, staff.get());
                name = customer.name();
                email = customer.email();
                address.fill(customer.address());
                organisation = customer.organisation();
                invoiceApproved = customer.invoiceApproved();
            } catch (NotFoundException e) {
                facts = null;
            }
        }
    }

    private void show(Customer customer, Actor staff) {
        facts = new Facts(customer.name(), customer.email(), CalendarService.place(customer.address()),
                CustomersView.kindWords(customer), customer.organisation(),
                customer.invoiceApproved() ? "Invoiced, pays later" : "Pays when booking or ordering",
                PlainWords.day(customer.createdAt().atZone(cooperative.zone()).toLocalDate()));
        changes = customers.changesOf(customer.id(), 10, staff).stream()
                .map(entry -> new Change(PlainWords.at(entry.occurredAt(), cooperative.zone()), entry.actorEmail(),
                        entry.detail()))
                .toList();
    }

    /** Saves the details typed; a refusal is shown beside the fields, with everything typed kept. */
    public void save() throws IOException {
        Actor staff = signedIn.actor().filter(Actor::isStaff).orElseThrow();
        try {
            customers.change(id, new CustomerChange(name, email, address.getLine1(), address.getLine2(),
                    address.getTown(), address.getPostcode(), organisation, invoiceApproved), staff);
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(AddressFields::onThePage).toList();
            return;
        }
        Answers.redirect(PAGE + "?id=" + Answers.encoded(id) + "&said=saved");
    }

    public String getNoticeText() {
        return "saved".equals(said) ? "The details are saved. Invoices already sent keep the details they were sent"
                + " with." : null;
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public List<Change> getChanges() {
        return changes;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public AddressFields getAddress() {
        return address;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public boolean isInvoiceApproved() {
        return invoiceApproved;
    }

    public void setInvoiceApproved(boolean invoiceApproved) {
        this.invoiceApproved = invoiceApproved;
    }

    public String getSaid() {
        return said;
    }

    public void setSaid(String said) {
        this.said = said;
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
