package coop.market.web.faces;

import coop.market.application.BookingService;
import coop.market.application.CalendarService;
import coop.market.application.CooperativeService;
import coop.market.application.EarningsService;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.application.MemberWorkService;
import coop.market.application.MemberWorkService.Fortnight;
import coop.market.application.MemberWorkService.Job;
import coop.market.application.PlainWords;
import coop.market.domain.account.Actor;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "My work", the member portal's first page, in easy read: requests to answer with a big Yes or
 * No, and the jobs of this week and next. Also the member's calendar link for their phone. Someone
 * in a member's circle of support sees the same page for that member, with the Yes and No only
 * if the member lets them answer.
 */
@Named
@RequestScoped
public class MyWorkView {

    /** What each answer button does. */
    private static final Map<String, BookingService.Action> WORDS = Map.of(
            "yes", BookingService.Action.CONFIRM, "no", BookingService.Action.DECLINE);

    static final String PAGE = "/member/work.xhtml";

    /** Trades with a picture of their own; others get a general one. */
    private static final Set<String> PICTURES = Set.of("cleaning", "gardening", "crafts");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    @Inject
    EarningsService earningsService;

    @Inject
    MemberWorkService work;

    @Inject
    BookingService bookings;

    @Inject
    CalendarService calendar;

    @Inject
    SignedIn signedIn;

    @Inject
    CooperativeService cooperative;

    private Fortnight fortnight;
    private List<MemberWorkService.Whose> whose = List.of();
    private String member;
    private String said;
    private String calendarUrl;
    private List<String> earnings = List.of();
    private MoneyBar moneyBar;

    /**
     * Shows the page, or does what its buttons ask. The buttons are plain submit buttons naming
     * their job (answer=yes|no and the booking's id), so what is answered never depends on the
     * list having stayed the same between showing the page and pressing the button; the form's
     * view state still guards against cross-site posts. Members only: anyone else is asked to
     * sign in as one.
     */
    public void load() throws IOException {
        Optional<Actor> actor = signedIn.actor();
        whose = actor.map(work::whose).orElse(List.of());
        if (whose.isEmpty()) {
            redirect("/sign-in.xhtml?next=" + PAGE);
            return;
        }
        String chosen = chosenMember(actor.get());
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            String answer = faces.getExternalContext().getRequestParameterMap().get("answer");
            if (answer != null) {
                answer(answer, actor.get(), chosen);
                return;
            }
            if ("calendar".equals(faces.getExternalContext().getRequestParameterMap().get("show"))
                    && actor.get().member().isPresent()) {
                calendarUrl = SiteAddress.of(faces.getExternalContext()) + "/api/v1/calendar/"
                        + calendar.currentSecret(actor.get()).token() + ".ics";
            }
        }
        if (chosen != null) {
            fortnight = work.fortnight(chosen, actor.get());
        }
        if (chosen != null && chosen.equals(actor.get().memberId())) {
            PeriodEarnings period = earningsService.myEarnings(actor.get()).get(0);
            earnings = EarningsWords.easyRead(period);
            moneyBar = MoneyBar.of(period);
        }
    }

    /** The member asked for, if this person may see them; else their own work; else their only one; else none yet. */
    private String chosenMember(Actor actor) {
        if (member != null && whose.stream().anyMatch(w -> w.memberId().equals(member))) {
            return member;
        }
        if (actor.memberId() != null) {
            return actor.memberId();
        }
        return whose.size() == 1 ? whose.get(0).memberId() : null;
    }

    /** {@code "yes <booking id>"} or {@code "no <booking id>"}. */
    private void answer(String answer, Actor member, String memberId) throws IOException {
        String outcome = Answers.carryOut(answer, WORDS, bookings, member);
        redirect(PAGE + "?said=" + outcome + (memberId == null ? "" : "&member=" + memberId));
    }

    private static void redirect(String to) throws IOException {
        Answers.redirect(to);
    }

    public String getNoticeText() {
        if (said == null) {
            return null;
        }
        return switch (said) {
            case "yes" -> "You said yes. We have told the customer.";
            case "no" -> "You said no. We have told the customer.";
            case Answers.GONE -> "That request has closed. You do not need to do anything.";
            case Answers.OVER_LIMIT -> "This job would take you over your earnings limit. It is not booked yet."
                    + " Please talk to the co-op staff.";
            default -> null;
        };
    }

    public String day(Job job) {
        return DAY.format(job.day());
    }

    public String time(Job job) {
        ZoneId zone = cooperative.zone();
        return PlainWords.time(job.start().atZone(zone).toLocalTime()) + " to "
                + PlainWords.time(job.end().atZone(zone).toLocalTime());
    }

    public String picture(Job job) {
        return "trades/" + (job.tradeCode() != null && PICTURES.contains(job.tradeCode()) ? job.tradeCode() : "work")
                + ".svg";
    }

    /** The calendar address as a {@code webcal:} link, which phones open in their calendar app. */
    public String getWebcalUrl() {
        return calendarUrl == null ? null : calendarUrl.replaceFirst("^https?://", "webcal://");
    }

    public Fortnight getFortnight() {
        return fortnight;
    }

    /** Everyone whose work this person may see (themself first, if a member). */
    public List<MemberWorkService.Whose> getWhose() {
        return whose;
    }

    /** "My work" for the member's own, "Daniel's work" for a member they support. */
    public String label(MemberWorkService.Whose w) {
        boolean own = signedIn.actor().map(actor -> w.memberId().equals(actor.memberId())).orElse(false);
        return own ? "My work" : w.firstName() + "'s work";
    }

    /** The page's heading: "My work", or "Daniel's work" for a supporter. */
    public String getHeading() {
        if (fortnight == null) {
            return "Work I support";
        }
        return fortnight.ownWork() ? "My work" : fortnight.memberName() + "'s work";
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    /** The member's earnings against their limit as a bar, or null without a limit. */
    public MoneyBar getMoneyBar() {
        return moneyBar;
    }

    /** The member's own earnings against their limit, a line each; empty without a limit. */
    public List<String> getEarnings() {
        return earnings;
    }

    public String getCalendarUrl() {
        return calendarUrl;
    }

    public String getSaid() {
        return said;
    }

    public void setSaid(String said) {
        this.said = said;
    }
}
