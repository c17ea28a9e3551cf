package coop.market.web.faces;

import coop.market.application.AvailabilityService;
import coop.market.application.BookingService;
import coop.market.application.CooperativeService;
import coop.market.application.PlainWords;
import coop.market.application.StaffDeskService;
import coop.market.application.StaffDeskService.Candidate;
import coop.market.application.StaffDeskService.Row;
import coop.market.domain.account.Actor;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pausing a member, for staff: choose the member, the days and why; then, for each booking in
 * those days, give it to another member of the same trade or cancel it (the customer is told).
 * The page's address carries the member and the days, so after each action it simply shows the
 * bookings that are left. The buttons are plain submit buttons naming their booking.
 */
@Named
@RequestScoped
public class PauseView {

    static final String PAGE = "/staff/pause.xhtml";

    @Inject
    StaffDeskService desk;

    @Inject
    AvailabilityService availability;

    @Inject
    BookingService bookings;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    private String member;
    private String from;
    private String to;
    private String reason;
    private String said;
    private List<Row> affected;
    private List<FieldError> errors = List.of();
    private final Map<String, List<Candidate>> othersByTrade = new HashMap<>();

    public void load() throws IOException {
        Optional<Actor> staff = signedIn.actor().filter(Actor::isStaff);
        if (staff.isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        if (faces.isPostback() && (parameters.containsKey("give") || parameters.containsKey("cancel"))) {
            act(parameters, staff.get());
            return;
        }
        LocalDate first = day(from);
        LocalDate last = day(to);
        if (member != null && first != null && last != null && !faces.isPostback()) {
            affected = desk.liveBetween(member, first, last, staff.get());
        }
    }

    /** Starts the pause, then shows its bookings. */
    public void pause() throws IOException {
        Actor staff = signedIn.actor().filter(Actor::isStaff).orElseThrow();
        try {
            availability.pause(member, from, to, reason, staff);
        } catch (InvalidInputException e) {
            errors = e.errors();
            return;
        } catch (NotFoundException e) {
            errors = List.of(new FieldError("member", "Choose a member"));
            return;
        }
        Answers.redirect(here("paused"));
    }

    private void act(Map<String, String> parameters, Actor staff) throws IOException {
        String outcome;
        try {
            if (parameters.containsKey("give")) {
                String bookingId = parameters.get("give");
                bookings.reassign(bookingId, parameters.get("to-" + bookingId), staff);
                outcome = "given";
            } else {
                bookings.act(parameters.get("cancel"), BookingService.Action.CANCEL, staff);
                outcome = "cancelled";
            }
        } catch (InvalidInputException e) {
            outcome = "no-listing";
        } catch (ConflictException e) {
            outcome = "busy";
        } catch (NotFoundException e) {
            outcome = "gone";
        }
        Answers.redirect(here(outcome));
    }

    private String here(String outcome) {
        return PAGE + "?member=" + encode(member) + "&from=" + encode(from) + "&to=" + encode(to) + "&said=" + outcome;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value.strip(), StandardCharsets.UTF_8);
    }

    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getNoticeText() {
        if (said == null) {
            return null;
        }
        return switch (said) {
            case "paused" -> "Paused. Nothing new can be booked in these days. Deal with each booking below.";
            case "given" -> "Given to the other member. The customer and both members have been e-mailed.";
            case "cancelled" -> "Cancelled. The customer and the member have been e-mailed.";
            case "busy" -> "That member is not free then, or the booking has changed. Choose someone else.";
            case "no-listing" -> "That member has no listing for this kind of work. Choose someone else.";
            case "gone" -> "That booking is no longer there.";
            default -> null;
        };
    }

    public List<Candidate> getMembers() {
        return desk.allMembers(signedIn.actor().orElse(null));
    }

    /** Who could take the booking over; looked up once per trade, however many bookings share it. */
    public List<Candidate> others(Row row) {
        return othersByTrade.computeIfAbsent(String.valueOf(row.tradeCode()),
                trade -> desk.othersDoing(row.tradeCode(), member, signedIn.actor().orElse(null)));
    }

    public String when(Row row) {
        return PlainWords.when(row.start(), row.end(), cooperative.zone());
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public List<Row> getAffected() {
        return affected;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSaid() {
        return said;
    }

    public void setSaid(String said) {
        this.said = said;
    }
}
