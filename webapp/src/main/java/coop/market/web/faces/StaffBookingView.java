package coop.market.web.faces;

import coop.market.application.BookingService;
import coop.market.application.BookingService.Action;
import coop.market.application.CooperativeService;
import coop.market.application.LimitOverride;
import coop.market.application.PlainWords;
import coop.market.application.StaffDeskService;
import coop.market.application.StaffDeskService.Row;
import coop.market.domain.account.Actor;
import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingEvent;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.earnings.EarningsLimitException;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One booking, for staff: who, what, when, where, its price and history, and what staff can do for
 * the member: answer a request, move the work to another free time, mark it done or not happened,
 * or cancel it. Every change e-mails whoever it concerns and is in the booking's history. The
 * buttons are plain submit buttons read by the page's view action (as on the staff desk), so they
 * work whatever the page showed when it was drawn.
 */
@Named
@RequestScoped
public class StaffBookingView {

    static final String PAGE = "/staff/booking.xhtml";

    /** The button that accepts work over the member's earnings limit, with a reason. */
    static final String OVER_LIMIT = "accept-over-limit";

    /** The buttons' words and what they do. */
    private static final Map<String, Action> ACTIONS = Map.of("accept", Action.CONFIRM, "decline", Action.DECLINE,
            "done", Action.COMPLETE, "no-show", Action.NO_SHOW, "cancel", Action.CANCEL);

    @Inject
    StaffDeskService desk;

    @Inject
    BookingService bookings;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    @Inject
    Clock clock;

    private String id;
    private String said;
    private String day;
    private String time;
    private Row row;
    private Booking booking;
    private List<BookingEvent> history = List.of();
    private List<FieldError> errors = List.of();
    private String problem;
    private String overLimit;

    /** Staff only; carries out a button's action, or shows the booking. */
    public void load() throws IOException {
        Optional<Actor> staff = signedIn.actor().filter(Actor::isStaff);
        if (staff.isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE + (id == null ? "" : "?id=" + Answers.encoded(id)));
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        String act = parameters.get("act");
        if (faces.isPostback() && "move".equals(act)) {
            day = parameters.get("day");
            time = parameters.get("time");
            move(staff.get());
        } else if (faces.isPostback() && ("accept".equals(act) || OVER_LIMIT.equals(act))) {
            accept(staff.get(), OVER_LIMIT.equals(act) ? new LimitOverride(parameters.get("reason")) : null);
        } else if (faces.isPostback() && act != null) {
            Answers.redirect(here(carryOut(act, staff.get())));
        } else {
            show(staff.get());
        }
    }

    private void show(Actor staff) {
        try {
            row = desk.row(id, staff);
            booking = bookings.get(id, staff);
            history = bookings.history(id, staff);
        } catch (NotFoundException e) {
            row = null;
        }
        if (booking != null && day == null) {
            ZonedDateTime start = booking.start().atZone(zone());
            day = start.toLocalDate().toString();
            time = start.toLocalTime().toString();
        }
    }

    private String carryOut(String act, Actor staff) {
        Action action = ACTIONS.get(act);
        if (action == null) {
            return Answers.GONE;
        }
        try {
            bookings.act(id, action, staff);
            return act;
        } catch (ConflictException | NotFoundException e) {
            return Answers.GONE;
        }
    }

    /**
     * Accepts the request for the member. Work that would take the member over their earnings limit is not
     * accepted: the page says why and offers to accept it anyway with a reason (kept in the member's audit log).
     */
    private void accept(Actor staff, LimitOverride override) throws IOException {
        try {
            bookings.act(id, Action.CONFIRM, staff, override);
        } catch (EarningsLimitException e) {
            overLimit = e.getMessage();
            show(staff);
            return;
        } catch (InvalidInputException e) {
            errors = e.errors();
            overLimit = "Please give a reason to accept this work over the member's earnings limit.";
            show(staff);
            return;
        } catch (ConflictException | NotFoundException e) {
            Answers.redirect(here(Answers.GONE));
            return;
        }
        Answers.redirect(here(override == null ? "accept" : OVER_LIMIT));
    }

    /** Moves the work to the day and time in the form, if that time is free. */
    private void move(Actor staff) throws IOException {
        try {
            bookings.reschedule(id, (day == null ? "" : day.strip()) + "T" + (time == null ? "" : time.strip()), staff);
        } catch (InvalidInputException e) {
            errors = List.of(new FieldError("day", "Enter a day and a time, like 25/11/2026 and 09:30"));
            show(staff);
            return;
        } catch (ConflictException e) {
            problem = e.getMessage();
            show(staff);
            return;
        } catch (NotFoundException e) {
            Answers.redirect(here(Answers.GONE));
            return;
        }
        Answers.redirect(here("moved"));
    }

    private String here(String outcome) {
        return PAGE + "?id=" + Answers.encoded(id) + "&said=" + outcome;
    }

    public String getNoticeText() {
        if (said == null) {
            return null;
        }
        return switch (said) {
            case "accept" -> "Accepted for the member. The customer and the member have been e-mailed.";
            case OVER_LIMIT -> "Accepted over the member's earnings limit; the reason is in the member's audit log."
                    + " The customer and the member have been e-mailed.";
            case "decline" -> "Declined for the member. The customer and the member have been e-mailed.";
            case "done" -> "Marked as done.";
            case "no-show" -> "Marked as did not happen.";
            case "cancel" -> "Cancelled. The customer and the member have been e-mailed.";
            case "moved" -> "Moved. The customer and the member have been e-mailed the new time.";
            case "recorded" -> "Recorded as done. It will be on the customer's next invoice.";
            case "booked" -> "Booked for the customer. The member has been asked, as for any request.";
            case Answers.GONE -> "That could not be done: the booking has changed since the page was shown.";
            default -> null;
        };
    }

    public boolean isFound() {
        return row != null && booking != null;
    }

    /** What staff may do now, by the booking's state: a request can be answered, live work moved, and so on. */
    public boolean isAnswerable() {
        return booking.status() == BookingStatus.REQUESTED && !booking.expiredAt(clock.instant());
    }

    public boolean isLive() {
        return booking.status() == BookingStatus.CONFIRMED || isAnswerable();
    }

    /** Confirmed work that has started can be marked done or not happened. */
    public boolean isClosable() {
        return booking.status() == BookingStatus.CONFIRMED && !booking.start().isAfter(clock.instant());
    }

    public String getTitle() {
        return row.trade() + " for " + row.customer();
    }

    public String getWhen() {
        return PlainWords.when(row.start(), row.end(), zone());
    }

    public String getStatus() {
        return StatusWords.of(row.status(), row.lapsed());
    }

    public String getPrice() {
        return PlainWords.money(booking.price());
    }

    /** "Tuesday 24 November 2026 at 9:30am". */
    public String at(Instant instant) {
        return PlainWords.at(instant, zone());
    }

    public String stateChange(BookingEvent event) {
        String to = StatusWords.of(event.to(), false);
        return event.from() == null || event.from() == event.to() ? event.detail() : to + ": " + event.detail();
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    private ZoneId zone() {
        return cooperative.zone();
    }

    public Row getRow() {
        return row;
    }

    public Booking getBooking() {
        return booking;
    }

    public List<BookingEvent> getHistory() {
        return history;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getProblem() {
        return problem;
    }

    /** Why accepting was refused for the member's earnings limit, or null. */
    public String getOverLimit() {
        return overLimit;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSaid() {
        return said;
    }

    public void setSaid(String said) {
        this.said = said;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }
}
