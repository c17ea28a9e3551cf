package coop.market.web.faces;

import coop.market.application.CooperativeService;
import coop.market.application.PlainWords;
import coop.market.application.StaffDeskService;
import coop.market.application.StaffDeskService.Candidate;
import coop.market.application.StaffDeskService.Row;
import coop.market.domain.account.Actor;
import coop.market.web.security.SignedIn;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;

/**
 * The bookings calendar for staff: one week (Monday to Sunday) of every member's bookings, or one
 * member's, in time order and in every state, paged in the database. Each row opens the booking's
 * own page, where staff answer, move or close it for the member. The week and the member are in
 * the page's address, so the calendar can be bookmarked and the browser's back button works.
 */
@Named
@ViewScoped
public class BookingsCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/staff/bookings.xhtml";

    @Inject
    StaffDeskService desk;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    private String week;
    private String member;
    private LocalDate monday;
    private List<Candidate> members = List.of();
    private final LazyDataModel<Row> rows = new PagedRows<>(
            () -> desk.countBetween(memberOrNull(), monday, monday.plusDays(6), staff()),
            (offset, limit) -> desk.between(memberOrNull(), monday, monday.plusDays(6), offset, limit, staff()),
            Row::bookingId);

    /** Staff only; settles which week and member to show. */
    public void load() throws IOException {
        Optional<Actor> staff = signedIn.actor().filter(Actor::isStaff);
        if (staff.isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE);
            return;
        }
        monday = mondayOf(parse(week).orElse(cooperative.today()));
        if (!FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
            members = desk.allMembers(staff.get());
        }
    }

    private static Optional<LocalDate> parse(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private String memberOrNull() {
        return member == null || member.isBlank() ? null : member;
    }

    private Actor staff() {
        return signedIn.actor().orElse(null);
    }

    /** "Monday 23 November 2026 to Sunday 29 November 2026". */
    public String getWeekTitle() {
        return PlainWords.day(monday) + " to " + PlainWords.day(monday.plusDays(6));
    }

    /** Whose bookings are shown, in words. */
    public String getWhose() {
        return members.stream().filter(m -> m.memberId().equals(memberOrNull())).map(Candidate::name).findFirst()
                .map(name -> name + "'s bookings").orElse("Every member's bookings");
    }

    public String getPreviousWeek() {
        return link(monday.minusWeeks(1));
    }

    public String getNextWeek() {
        return link(monday.plusWeeks(1));
    }

    public String getThisWeek() {
        return link(mondayOf(cooperative.today()));
    }

    private String link(LocalDate weekOf) {
        String address = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + PAGE
                + "?week=" + weekOf;
        return memberOrNull() == null ? address : address + "&member=" + URLEncoder.encode(member, StandardCharsets.UTF_8);
    }

    /** "Tuesday 24 November 2026, 9am to 11am". */
    public String when(Row row) {
        return PlainWords.when(row.start(), row.end(), cooperative.zone());
    }

    public String status(Row row) {
        return StatusWords.of(row.status(), row.lapsed());
    }

    public LazyDataModel<Row> getRows() {
        return rows;
    }

    public List<Candidate> getMembers() {
        return members;
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }
}
