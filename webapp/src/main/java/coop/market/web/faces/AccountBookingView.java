package coop.market.web.faces;

import coop.market.application.BookingService;
import coop.market.application.BookingService.Action;
import coop.market.application.CooperativeService;
import coop.market.application.CustomerAccountService;
import coop.market.application.CustomerAccountService.Visit;
import coop.market.application.PlainWords;
import coop.market.domain.account.Actor;
import coop.market.domain.availability.Slot;
import coop.market.domain.booking.CancellationPolicy;
import coop.market.domain.earnings.EarningsLimitException;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.Money;
import coop.market.domain.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of the customer's visits: what, who, when, and the two things they can do with it while it is to come.
 * Move it: choose a day, see the member's free times that day (and which of the next days have some), pick one.
 * Cancel it: the page says first what the co-op's cancellation terms mean for this visit now, and for a series
 * offers this visit alone or this and every later one. The buttons are plain submit buttons read by the view
 * action; a refusal (the time has just been taken, it is too late) is shown beside the field and in the summary,
 * with what was chosen still chosen.
 */
@Named
@RequestScoped
public class AccountBookingView {

    static final String PAGE = "/account/booking.xhtml";

    /** How many days of free times are looked at from the chosen day, to point to the next days with some. */
    private static final int DAYS_AHEAD = 14;

    @Inject
    AccountGate gate;

    @Inject
    CustomerAccountService account;

    @Inject
    BookingService bookings;

    @Inject
    CooperativeService cooperative;

    private Actor actor;
    private String id;
    private String day;
    private String time;
    private Visit visit;
    private boolean movable;
    private List<LocalTime> times = List.of();
    private final Map<LocalDate, Integer> otherDays = new LinkedHashMap<>();
    private final List<FieldError> errors = new ArrayList<>();

    public void load() throws IOException {
        Optional<Actor> customer = gate.customer(PAGE + "?id=" + (id == null ? "" : Answers.encoded(id)));
        if (customer.isEmpty()) {
            return;
        }
        actor = customer.get();
        try {
            visit = id == null ? null : account.visit(id, actor);
        } catch (NotFoundException e) {
            visit = null;
        }
        if (visit == null) {
            AccountGate.notFound();
            return;
        }
        Map<String, String> form = Forms.sentBy("move");
        if (form != null && move(form, actor)) {
            return;
        }
        form = Forms.sentBy("cancel");
        if (form != null && cancel(form, actor)) {
            return;
        }
        if (visit.live()) {
            freeTimes(actor);
        }
    }

    /** True when the page has been answered with a redirect. */
    private boolean move(Map<String, String> form, Actor actor) throws IOException {
        day = form.get("day");
        time = form.get("time");
        if (time == null || time.isBlank()) {
            errors.add(new FieldError("time", "Choose one of the free times"));
            return false;
        }
        try {
            bookings.reschedule(id, (day == null ? "" : day.strip()) + "T" + time.strip(), actor);
        } catch (InvalidInputException e) {
            errors.add(new FieldError("day", "Enter the day as a date, like " + example()));
            return false;
        } catch (EarningsLimitException e) {
            errors.add(new FieldError("time", "That time cannot be booked with " + visit.memberFirstName()
                    + ". Please choose another day, or ask us to help."));
            return false;
        } catch (ConflictException e) {
            errors.add(new FieldError("time", e.getMessage().startsWith("That time is not free")
                    ? "That time has just been taken or is no longer free. Please choose another time."
                    : e.getMessage()));
            return false;
        } catch (NotFoundException e) {
            Answers.redirect(AccountView.PAGE + "?said=" + Answers.GONE);
            return true;
        }
        Answers.redirect(AccountView.PAGE + "?said=moved");
        return true;
    }

    /** True when the page has been answered with a redirect. */
    private boolean cancel(Map<String, String> form, Actor actor) throws IOException {
        try {
            if ("later".equals(form.get("scope")) && isSeriesChoice()) {
                bookings.actOnSeries(id, Action.CANCEL, actor);
            } else {
                bookings.act(id, Action.CANCEL, actor);
            }
        } catch (ConflictException | NotFoundException e) {
            Answers.redirect(AccountView.PAGE + "?said=" + Answers.GONE);
            return true;
        }
        Answers.redirect(AccountView.PAGE + "?said=cancelled");
        return true;
    }

    /** The free times of the chosen day (the visit's own day at first), and the next days that have some. */
    private void freeTimes(Actor actor) {
        ZoneId zone = cooperative.zone();
        LocalDate today = cooperative.today();
        LocalDate chosen;
        try {
            chosen = day == null || day.isBlank() ? visit.start().atZone(zone).toLocalDate() : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            if (errorFor("day") == null) {
                errors.add(new FieldError("day", "Enter the day as a date, like " + example()));
            }
            movable = true;
            return;
        }
        if (chosen.isBefore(today)) {
            if (day != null && !day.isBlank() && errorFor("day") == null) {
                errors.add(new FieldError("day", "Choose a day from today on"));
            }
            chosen = today;
        }
        day = chosen.toString();
        List<Slot> slots;
        try {
            slots = account.freeTimes(id, chosen, chosen.plusDays(DAYS_AHEAD - 1), actor);
        } catch (NotFoundException e) {
            return; // the listing is no longer offered: the visit can be cancelled, not moved
        }
        movable = true;
        LocalDate shown = chosen;
        times = slots.stream().filter(s -> s.start().toLocalDate().equals(shown))
                .map(s -> s.start().toLocalTime()).toList();
        slots.stream().map(s -> s.start().toLocalDate()).filter(d -> !d.equals(shown))
                .forEach(d -> otherDays.merge(d, 1, Integer::sum));
    }

    private String example() {
        return cooperative.today().plusDays(7).toString();
    }

    public String getWhen() {
        return PlainWords.when(visit.start(), visit.end(), cooperative.zone());
    }

    public String getStatus() {
        return AccountWords.status(visit);
    }

    public String getSeries() {
        return AccountWords.series(visit);
    }

    public String getPrice() {
        return PlainWords.money(visit.price());
    }

    /** What the co-op's cancellation terms say, in a sentence; null when cancelling is always free. */
    public String getPolicyWords() {
        CancellationPolicy policy = account.cancellationPolicy();
        if (policy.feePercent() == 0) {
            return null;
        }
        return "If you cancel confirmed work less than " + PlainWords.duration(policy.notice())
                + " before it starts, we charge " + policy.feePercent() + "% of its price. That is because the"
                + " member kept the time free for you.";
    }

    /** "Cancelling this visit now is free." or "... costs £7.50 ...". */
    public String feeWords(boolean andLater) {
        Optional<Money> fee = account.cancellationFee(id, andLater, actor);
        String what = andLater ? "these visits" : "this visit";
        return fee.map(amount -> "Cancelling " + what + " now costs " + PlainWords.money(amount)
                + ". It will be on your next invoice.").orElse("Cancelling " + what + " now is free.");
    }

    /** "9:30am" for a free time's label. */
    public String timeWords(LocalTime start) {
        return PlainWords.time(start);
    }

    /** "Tuesday 15 December 2026". */
    public String dayWords(LocalDate date) {
        return PlainWords.day(date);
    }

    public String getChosenDayWords() {
        try {
            return day == null ? "" : PlainWords.day(LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    public boolean chosen(LocalTime start) {
        return time != null && time.strip().equals(start.toString());
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public boolean isShown() {
        return visit != null;
    }

    public Visit getVisit() {
        return visit;
    }

    /** A series with later visits to come: cancel just this one, or this and the later ones. */
    public boolean isSeriesChoice() {
        return visit.series() != null && visit.series().liveFromHere() > 1;
    }

    /** "This visit and the later one", "This visit and the 4 later ones". */
    public String getThisAndLaterWords() {
        int later = visit.series().liveFromHere() - 1;
        return "This visit and " + (later == 1 ? "the later one" : "the " + later + " later ones");
    }

    public boolean isMovable() {
        return movable;
    }

    public List<LocalTime> getTimes() {
        return times;
    }

    public List<Map.Entry<LocalDate, Integer>> getOtherDays() {
        return new ArrayList<>(otherDays.entrySet());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }
}
