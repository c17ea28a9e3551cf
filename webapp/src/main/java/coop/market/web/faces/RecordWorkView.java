package coop.market.web.faces;

import coop.market.application.BookingService;
import coop.market.application.CustomerService;
import coop.market.application.ListingDetails;
import coop.market.application.ListingService;
import coop.market.application.MemberService;
import coop.market.application.NewBooking;
import coop.market.domain.account.Actor;
import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.customer.Customer;
import coop.market.domain.member.Member;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.NotFoundException;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Booking or recording work for a customer, on a member's behalf, for staff: a job that has already
 * been done (told by phone, say) is recorded as confirmed; a time still to come is booked as a
 * request the member answers as usual. The same checks apply as online: the member must be free
 * at that time (work already done is only checked for overlaps).
 */
@Named
@RequestScoped
public class RecordWorkView {

    static final String PAGE = "/staff/record-work.xhtml";

    @Inject
    MemberService members;

    @Inject
    ListingService listings;

    @Inject
    CustomerService customers;

    @Inject
    BookingService bookings;

    @Inject
    SignedIn signedIn;

    private String member;
    private Member found;
    private List<ListingDetails> services = List.of();
    private Map<String, String> form = Map.of();
    private List<FieldError> errors = List.of();
    private String problem;

    /** Staff only; books or records the work when the form is sent, or shows the form. */
    public void load() throws IOException {
        Optional<Actor> staff = signedIn.actor().filter(Actor::isStaff);
        if (staff.isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE + (member == null ? "" : "?member=" + Answers.encoded(member)));
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        try {
            found = members.get(member);
        } catch (NotFoundException e) {
            found = null;
            return;
        }
        services = listings.servicesOf(found.id());
        if (faces.isPostback() && "book".equals(parameters.get("act"))) {
            form = Map.copyOf(parameters);
            book(staff.get());
        }
    }

    private void book(Actor staff) throws IOException {
        List<FieldError> problems = new ArrayList<>();
        String customerId = customers.findByEmail(value("customer")).map(Customer::id).orElse(null);
        if (customerId == null) {
            problems.add(new FieldError("customer", "There is no customer with this e-mail address"));
        }
        Integer minutes = minutes(value("hours"), problems);
        if (!problems.isEmpty()) {
            errors = problems;
            return;
        }
        List<Booking> made;
        try {
            made = bookings.request(new NewBooking(value("listing"), customerId, value("day") + "T" + value("time"),
                    minutes, null, null, value("notes"), null), staff);
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(RecordWorkView::onThePage).toList();
            return;
        } catch (ConflictException e) {
            problem = e.getMessage();
            return;
        }
        Booking booking = made.get(0);
        Answers.redirect(StaffBookingView.PAGE + "?id=" + Answers.encoded(booking.id()) + "&said="
                + (booking.status() == BookingStatus.CONFIRMED ? "recorded" : "booked"));
    }

    private static Integer minutes(String hours, List<FieldError> errors) {
        try {
            return new BigDecimal(hours).multiply(BigDecimal.valueOf(60)).intValueExact();
        } catch (ArithmeticException | NumberFormatException | NullPointerException e) {
            errors.add(new FieldError("hours", "Choose how long the job is"));
            return null;
        }
    }

    /** The service names fields as the API does; the page's inputs are named for people. */
    private static FieldError onThePage(FieldError error) {
        return switch (error.field()) {
            case "listingId" -> new FieldError("listing", error.message());
            case "start" -> new FieldError("day", error.message());
            case "durationMinutes" -> new FieldError("hours", error.message());
            case "customerId" -> new FieldError("customer", error.message());
            default -> error;
        };
    }

    /** What the form holds for an input, as sent. */
    public String value(String input) {
        String sent = form.get(input);
        return sent == null ? "" : sent.strip();
    }

    public boolean chosen(String input, String option) {
        return value(input).equals(option);
    }

    /** Job lengths offered: half an hour to twelve hours. */
    public List<String> getLengths() {
        List<String> lengths = new ArrayList<>();
        for (int half = 1; half <= 24; half++) {
            lengths.add(BigDecimal.valueOf(half * 30L).divide(BigDecimal.valueOf(60)).stripTrailingZeros().toPlainString());
        }
        return lengths;
    }

    public String lengthWords(String hours) {
        return switch (hours) {
            case "0.5" -> "Half an hour";
            case "1" -> "1 hour";
            default -> hours.replace(".5", " and a half") + " hours";
        };
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public boolean isFound() {
        return found != null;
    }

    public Member getWho() {
        return found;
    }

    public List<ListingDetails> getServices() {
        return services;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getProblem() {
        return problem;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }
}
