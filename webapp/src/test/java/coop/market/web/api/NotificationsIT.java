package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Invitations;
import coop.market.web.support.Mailbox;
import coop.market.web.support.TestServerDatabase;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Emails about bookings, caught by the tests' own SMTP server: what the customer and the member
 * are told at each step, the calendar file on confirmation, nothing for a refused request, and
 * lapsed requests closed by the server's own sweep.
 */
class NotificationsIT extends ArquillianIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private String memberEmail;
    private String customerEmail;
    private Api customer;
    private String listing;

    /** A new cleaner (weekdays 9-5) and a new customer, so every email here is this test's own. */
    @BeforeEach
    void cleanerAndCustomer() {
        memberEmail = Api.uniqueEmail("cleaner");
        var member = staff().post("/members", """
                {"displayName": "Priya Shah", "email": "%s", "trades": ["cleaning"],
                 "serviceArea": {"postcodes": ["BR5"]}}""".formatted(memberEmail));
        assertEquals(201, member.status(), member.toString());
        // A new member is welcomed first; the booking e-mails counted below come after it.
        Invitations.memberWelcome(memberEmail);
        String memberId = member.object().getString("id");
        String weekdays = String.join(", ", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").stream()
                .map(day -> "{\"day\": \"" + day + "\", \"start\": \"09:00\", \"end\": \"17:00\"}").toList());
        assertEquals(200, staff().put("/members/" + memberId + "/availability",
                "{\"weekly\": [" + weekdays + "], \"exceptions\": []}").status());
        var made = staff().post("/listings", """
                {"memberId": "%s", "trade": "cleaning", "title": "Cleaning by Priya", "description": "Homes.",
                 "price": {"minor": 2000, "currency": "GBP"}}""".formatted(memberId));
        assertEquals(201, made.status(), made.toString());
        listing = made.object().getString("id");

        customerEmail = Api.uniqueEmail("household");
        var signUp = anonymous().post("/customers", """
                {"name": "Margaret Collins", "email": "%s", "password": "a long pass phrase",
                 "address": {"line1": "27 Chipperfield Road", "town": "Orpington", "postcode": "BR5 2QA"}}"""
                .formatted(customerEmail));
        assertEquals(201, signUp.status(), signUp.toString());
        customer = anonymous().as(customerEmail, "a long pass phrase");
    }

    private static LocalDate aMondayAhead(int weeks) {
        return LocalDate.now(LONDON).plusWeeks(weeks).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    private JsonObject book(String start) {
        var reply = customer.post("/bookings", """
                {"listingId": "%s", "start": "%s", "durationMinutes": 120}""".formatted(listing, start));
        assertEquals(201, reply.status(), reply.toString());
        return reply.object();
    }

    @Test
    void customerAndMemberHearOfEachStepAndTheConfirmationGoesInTheirCalendars() throws Exception {
        LocalDate monday = aMondayAhead(9);
        String id = book(monday + "T10:00").getString("id");
        String day = DAY.format(monday);

        MimeMessage requested = Mailbox.waitFor(customerEmail, 1, WAIT).get(0);
        assertEquals("Booking request received: Cleaning on " + day, requested.getSubject());
        assertEquals("bookings@bme.example", ((InternetAddress) requested.getFrom()[0]).getAddress());
        String text = body(requested);
        assertTrue(text.startsWith("Hello Margaret,"), text);
        assertTrue(text.contains("When: " + day + ", 10am to midday."), text);
        assertTrue(text.contains("Price: £40.00."), text);
        assertTrue(text.contains("Reference: " + id), text);
        MimeMessage newJob = toMember(1).get(0);
        assertEquals("New job request: Cleaning on " + day, newJob.getSubject());
        assertTrue(body(newJob).contains("You have a new job request."));
        assertTrue(body(newJob).contains("Customer: Margaret."));

        assertEquals(200, staff().post("/bookings/" + id + "/confirm", "").status());
        for (MimeMessage confirmed : List.of(Mailbox.waitFor(customerEmail, 2, WAIT).get(1), toMember(2).get(1))) {
            assertTrue(confirmed.getSubject().contains("Cleaning on " + day), confirmed.getSubject());
            VEvent event = onlyEvent(calendarFile(confirmed));
            assertEquals(id + "@coopmarket", event.getProperty(Property.UID).orElseThrow().getValue());
            assertEquals(monday.atTime(10, 0).atZone(LONDON).toInstant(),
                    start(event));
            assertEquals("CONFIRMED", event.getProperty(Property.STATUS).orElseThrow().getValue());
        }
        assertEquals("Booking confirmed: Cleaning on " + day, Mailbox.to(customerEmail).get(1).getSubject());
        assertEquals("Job booked: Cleaning on " + day, toMember(2).get(1).getSubject());

        assertEquals(200, customer.post("/bookings/" + id + "/reschedule",
                "{\"start\": \"" + monday + "T14:30\"}").status());
        MimeMessage moved = toMember(3).get(2);
        assertEquals("New time for a job: Cleaning on " + day, moved.getSubject());
        assertTrue(body(moved).contains("Old time: " + day + ", 10am to midday."), body(moved));
        assertTrue(body(moved).contains("When: " + day + ", 2:30pm to 4:30pm."), body(moved));
        assertEquals("2:30pm", localTime(onlyEvent(calendarFile(moved))));

        assertEquals(200, customer.post("/bookings/" + id + "/cancel", "").status());
        MimeMessage cancelled = Mailbox.waitFor(customerEmail, 4, WAIT).get(3);
        assertEquals("Booking cancelled: Cleaning on " + day, cancelled.getSubject());
        assertTrue(body(cancelled).contains("Nothing is charged for cancelling."), "weeks ahead: no fee");
        assertTrue(body(toMember(4).get(3)).contains("You do not need to go."));

        List<String> statuses = outboxStatuses(id);
        for (Instant deadline = Instant.now().plus(WAIT); statuses.contains("PENDING") && Instant.now().isBefore(deadline);
                statuses = outboxStatuses(id)) {
            Thread.sleep(100);
        }
        assertEquals(List.of("SENT"), statuses.stream().distinct().toList(),
                "every email about the booking went, and was recorded as sent");
        assertEquals(8, statuses.size(), "four steps, two emails each, none twice");
    }

    @Test
    void aDeclinedRequestTellsTheCustomerKindly() throws Exception {
        String id = book(aMondayAhead(10) + "T09:00").getString("id");
        assertEquals(200, staff().post("/bookings/" + id + "/decline", "").status());
        MimeMessage declined = Mailbox.waitFor(customerEmail, 2, WAIT).get(1);
        assertTrue(declined.getSubject().startsWith("Booking request declined: Cleaning on "));
        assertTrue(body(declined).contains("We are sorry: Priya cannot do the work you asked for."), body(declined));
        assertTrue(body(toMember(2).get(1)).contains("You said no to this request."));
    }

    @Test
    void aSeriesIsOneEmailEachNamingEveryDateAndARefusedOneSendsNothing() throws Exception {
        LocalDate first = aMondayAhead(11);
        var series = customer.post("/bookings", """
                {"listingId": "%s", "start": "%sT11:00", "durationMinutes": 60,
                 "recurrence": {"frequency": "WEEKLY", "count": 3}}""".formatted(listing, first));
        assertEquals(201, series.status(), series.toString());
        MimeMessage request = toMember(1).get(0);
        assertEquals("New job requests: Cleaning, 3 dates from " + DAY.format(first), request.getSubject());
        for (int week = 0; week < 3; week++) {
            assertTrue(body(request).contains("- " + DAY.format(first.plusWeeks(week)) + ", 11am to midday"),
                    body(request));
        }

        var clash = customer.post("/bookings", """
                {"listingId": "%s", "start": "%sT11:00", "durationMinutes": 60,
                 "recurrence": {"frequency": "WEEKLY", "count": 2}}""".formatted(listing, first.plusWeeks(2)));
        assertEquals(409, clash.status(), clash.toString());

        String id = series.object().getString("id");
        assertEquals(200, staff().post("/bookings/" + id + "/confirm?scope=series", "").status());
        MimeMessage confirmed = Mailbox.waitFor(customerEmail, 2, WAIT).get(1);
        assertEquals("Booking confirmed: Cleaning, 3 dates from " + DAY.format(first), confirmed.getSubject());
        assertEquals(3, calendarFile(confirmed).getComponents("VEVENT").size());
        Thread.sleep(2000);
        assertEquals(2, Mailbox.to(customerEmail).size(), "the refused series wrote nothing to anyone");
        assertEquals(3, Mailbox.to(memberEmail).size(), "the welcome and two about the series");
    }

    @Test
    void theServerClosesARequestNobodyAnsweredAndSaysSo() throws Exception {
        String id = book(aMondayAhead(12) + "T15:00").getString("id");
        Mailbox.waitFor(customerEmail, 1, WAIT);
        try (Connection db = TestServerDatabase.open();
                PreparedStatement age = db.prepareStatement(
                        "UPDATE booking SET expires_at = created_at WHERE id = ?")) {
            age.setString(1, id);
            assertEquals(1, age.executeUpdate());
        }

        MimeMessage closed = Mailbox.waitFor(customerEmail, 2, WAIT).get(1);
        assertTrue(closed.getSubject().startsWith("Booking request closed: Cleaning on "), closed.getSubject());
        assertTrue(body(closed).contains("was not answered in time"), body(closed));
        assertTrue(body(toMember(2).get(1)).contains("This request has closed."));
        assertEquals("CANCELLED", customer.get("/bookings/" + id).object().getString("status"));
        var history = customer.get("/bookings/" + id + "/history").array().getValuesAs(JsonObject.class);
        assertTrue(history.get(history.size() - 1).toString().contains("Expired"), history.toString());
    }

    private static String body(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            return parts.getBodyPart(0).getContent().toString().replace("\r\n", "\n");
        }
        return content.toString().replace("\r\n", "\n");
    }

    private static Calendar calendarFile(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        Part file = parts.getBodyPart(1);
        assertTrue(file.isMimeType("text/calendar"), file.getContentType());
        assertEquals("booking.ics", file.getFileName());
        String ics = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static Instant start(VEvent event) {
        return Instant.from(event.<DateProperty<?>>getRequiredProperty(Property.DTSTART).getDate());
    }

    private static String localTime(VEvent event) {
        var start = start(event).atZone(LONDON);
        return (start.getHour() % 12 == 0 ? 12 : start.getHour() % 12)
                + (start.getMinute() == 0 ? "" : ":" + start.getMinute()) + (start.getHour() < 12 ? "am" : "pm");
    }

    private static List<String> outboxStatuses(String bookingId) throws Exception {
        try (Connection db = TestServerDatabase.open();
                PreparedStatement query = db.prepareStatement(
                        "SELECT status FROM outgoing_email WHERE reference = ? ORDER BY created_at")) {
            query.setString(1, bookingId);
            List<String> statuses = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    statuses.add(rows.getString(1));
                }
            }
            return statuses;
        }
    }

    /** At least this many e-mails to the member about their work (their welcome e-mail left out), in order. */
    private List<MimeMessage> toMember(int count) {
        return Mailbox.waitFor(memberEmail, count + 1, WAIT).stream().filter(message -> {
            try {
                return !message.getSubject().startsWith("Welcome to");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
