package coop.market.web.faces;

import coop.market.application.AvailabilityChange;
import coop.market.application.AvailabilityService;
import coop.market.application.CooperativeService;
import coop.market.application.ListingDetails;
import coop.market.application.ListingService;
import coop.market.application.MemberService;
import coop.market.application.PlainWords;
import coop.market.application.SupportService;
import coop.market.application.SupportService.SupporterView;
import coop.market.domain.account.Actor;
import coop.market.domain.audit.AuditEntry;
import coop.market.domain.availability.Absence;
import coop.market.domain.availability.Availability;
import coop.market.domain.availability.WeeklyWindow;
import coop.market.domain.member.Member;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One member, for staff: who they are, their circle of support, what was done on their behalf,
 * and the editor of when they work: up to three stretches of each weekday, days away, the travel
 * gap between jobs, the most hours a day and a week (members on benefits often must stay under a
 * number of hours) and how far ahead they take bookings. The editor is a plain form read by the
 * page's view action, like the booking page's buttons.
 */
@Named
@RequestScoped
public class MemberView {

    static final String PAGE = "/staff/member.xhtml";

    /** Stretches of work shown for each day. */
    static final int STRETCHES = 3;

    @Inject
    coop.market.spi.TradeRegistry tradeRegistry;

    @Inject
    ListingService listingService;

    @Inject
    MemberService members;

    @Inject
    AvailabilityService availabilityService;

    @Inject
    SupportService support;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    private String id;
    private String said;
    private Member member;
    private Availability availability;
    private List<SupporterView> circle = List.of();
    private List<ListingDetails> listings = List.of();
    private List<AuditEntry> audit = List.of();
    private final Map<String, String> values = new HashMap<>();
    private List<FieldError> errors = List.of();

    /** A weekday and the names of its inputs. */
    public record Day(DayOfWeek day, String name, List<String> stretches) {
    }

    /** Staff only; saves the availability form, or shows the member. */
    public void load() throws IOException {
        Optional<Actor> staff = signedIn.actor().filter(Actor::isStaff);
        if (staff.isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE + (id == null ? "" : "?id=" + Answers.encoded(id)));
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        if (faces.isPostback() && "availability".equals(parameters.get("act"))) {
            save(parameters, staff.get());
        } else {
            show(staff.get());
        }
    }

    private void show(Actor staff) {
        try {
            member = members.get(id);
        } catch (NotFoundException e) {
            member = null;
            return;
        }
        availability = availabilityService.get(id, staff);
        circle = support.circle(id, staff);
        listings = listingService.listingsOf(id);
        audit = members.audit(id, 20, staff);
        if (values.isEmpty()) {
            values.putAll(formValues(availability));
        }
    }

    /** The stored availability as the form's inputs hold it. */
    private static Map<String, String> formValues(Availability availability) {
        Map<String, String> form = new HashMap<>();
        Map<DayOfWeek, Integer> used = new HashMap<>();
        for (WeeklyWindow window : availability.windows().stream()
                .sorted((a, b) -> a.start().compareTo(b.start())).toList()) {
            int n = used.merge(window.day(), 1, Integer::sum);
            if (n <= STRETCHES) {
                form.put(window.day() + "-" + n + "-start", window.start().toString());
                form.put(window.day() + "-" + n + "-end", window.end().toString());
            }
        }
        form.put("travelBufferMinutes", String.valueOf(availability.travelBuffer().toMinutes()));
        form.put("maxHoursPerDay", hours(availability.maxPerDay()));
        form.put("maxHoursPerWeek", hours(availability.maxPerWeek()));
        form.put("horizonWeeks", String.valueOf(availability.horizonWeeks()));
        return form;
    }

    private static String hours(Duration duration) {
        return duration == null ? "" : BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60))
                .stripTrailingZeros().toPlainString();
    }

    private void save(Map<String, String> form, Actor staff) throws IOException {
        List<AvailabilityChange.Window> windows = new ArrayList<>();
        List<String> windowInputs = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int n = 1; n <= STRETCHES; n++) {
                String input = day + "-" + n;
                String start = blankToNull(form.get(input + "-start"));
                String end = blankToNull(form.get(input + "-end"));
                if (start != null || end != null) {
                    windows.add(new AvailabilityChange.Window(day.name(), start, end));
                    windowInputs.add(input);
                }
            }
        }
        Availability stored = availabilityService.get(id, staff);
        List<AvailabilityChange.Away> away = new ArrayList<>();
        List<Absence> absences = stored.absences();
        for (int i = 0; i < absences.size(); i++) {
            if (form.get("remove-away-" + i) == null) {
                Absence kept = absences.get(i);
                away.add(new AvailabilityChange.Away(kept.from().toString(), kept.to().toString(), kept.reason()));
            }
        }
        String newFrom = blankToNull(form.get("away-from"));
        String newTo = blankToNull(form.get("away-to"));
        if (newFrom != null || newTo != null) {
            away.add(new AvailabilityChange.Away(newFrom, newTo == null ? newFrom : newTo,
                    blankToNull(form.get("away-reason"))));
        }
        try {
            availabilityService.change(id, new AvailabilityChange(windows, away,
                    whole(form.get("travelBufferMinutes"), "travelBufferMinutes"),
                    decimal(form.get("maxHoursPerDay"), "maxHoursPerDay"),
                    decimal(form.get("maxHoursPerWeek"), "maxHoursPerWeek"),
                    whole(form.get("horizonWeeks"), "horizonWeeks")), staff);
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(error -> onThePage(error, windowInputs)).toList();
            form.forEach((name, value) -> values.put(name, value));
            show(staff);
            return;
        }
        Answers.redirect(PAGE + "?id=" + Answers.encoded(id) + "&said=saved");
    }

    /** The service names fields as the API does ("weekly[2].end"); the page's inputs are named by day. */
    private static FieldError onThePage(FieldError error, List<String> windowInputs) {
        String field = error.field();
        if (field.startsWith("weekly[")) {
            int index = Integer.parseInt(field.substring(7, field.indexOf(']')));
            String part = field.endsWith(".end") ? "-end" : "-start";
            return new FieldError(windowInputs.get(index) + part, error.message());
        }
        if (field.startsWith("exceptions[")) {
            return new FieldError(field.endsWith(".to") ? "away-to" : field.endsWith(".reason") ? "away-reason"
                    : "away-from", error.message());
        }
        return error;
    }

    private static Integer whole(String text, String field) {
        String value = blankToNull(text);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "Use a whole number");
        }
    }

    private static BigDecimal decimal(String text, String field) {
        String value = blankToNull(text);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "Use a number of hours, like 16 or 7.5");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getNoticeText() {
        if (said == null) {
            return null;
        }
        return switch (said) {
            case "registered" -> "Registered. We have e-mailed " + member.firstName()
                    + " a welcome with a link to choose a password.";
            case "details" -> "Saved their details.";
            case "saved" -> "Saved. Customers can book " + member.firstName() + " at these times from now on.";
            case "payout-method" -> "Saved. " + member.firstName() + " is paid this way from the next pay-out run.";
            case "earnings-limit" -> "Saved. The new earnings limit applies from the day you gave.";
            case "contribution" -> "Saved. " + member.firstName() + "'s own rate applies to pay-outs for periods"
                    + " ending from the day you gave.";
            default -> null;
        };
    }

    /** Monday to Sunday, each with the names of its stretches' inputs. */
    public List<Day> getDays() {
        List<Day> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<String> stretches = new ArrayList<>();
            for (int n = 1; n <= STRETCHES; n++) {
                stretches.add(day + "-" + n);
            }
            days.add(new Day(day, day.getDisplayName(TextStyle.FULL, Locale.UK), stretches));
        }
        return days;
    }

    /** What an input of the availability form holds. */
    public String value(String input) {
        return values.getOrDefault(input, "");
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public boolean isFound() {
        return member != null;
    }

    /** The member's trades that are installed, to list their work under. */
    public List<coop.market.spi.Trade> getTradesToList() {
        return member == null ? List.of() : member.trades().stream().map(tradeRegistry::find)
                .flatMap(java.util.Optional::stream).toList();
    }

    public String getTrades() {
        return String.join(", ", members.tradeNames(member));
    }

    public String getArea() {
        return member.serviceArea().isEmpty() ? "None yet" : String.join(", ", member.serviceArea().stream().sorted().toList());
    }

    public String getStatus() {
        return MembersView.statusWords(member.status());
    }

    /** "Monday 5 April 2027 to Friday 9 April 2027". */
    public String days(Absence absence) {
        return absence.from().equals(absence.to()) ? PlainWords.day(absence.from())
                : PlainWords.day(absence.from()) + " to " + PlainWords.day(absence.to());
    }

    public String at(Instant instant) {
        return PlainWords.at(instant, cooperative.zone());
    }

    public List<Absence> getAbsences() {
        return availability.absences();
    }

    public Member getMember() {
        return member;
    }

    public List<SupporterView> getCircle() {
        return circle;
    }

    public List<ListingDetails> getListings() {
        return listings;
    }

    public List<AuditEntry> getAudit() {
        return audit;
    }

    public List<FieldError> getErrors() {
        return errors;
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
}
