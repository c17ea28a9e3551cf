package coop.market.application;

import coop.market.testing.EasyRead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.booking.CancellationPolicy;
import coop.market.domain.notification.Attachment;
import coop.market.domain.notification.OutgoingEmail;
import coop.market.domain.shared.Address;
import coop.market.domain.shared.Money;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class BookingEmailsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2027-03-20T10:00:00Z");
    private static final Address HOME = new Address("27 Chipperfield Road", null, "Orpington", "BR5 2QA");
    private static final CoopContact COOP = new CoopContact("Bromley Micro Enterprises CIC",
            "hello@bromley-micro.example", "01689 000000");

    private final BookingEmails emails = new BookingEmails(LONDON, COOP,
            new CancellationPolicy(Duration.ofHours(48), 50), NOW);

    /** Monday 29 March 2027, 9am London (BST): 08:00Z. */
    private static BookingEmails.Job job(String id, Instant start, BookingStatus status) {
        Booking booking = new Booking(id, "l1", "m1", "c1", null, status, start, Duration.ofHours(2),
                Money.gbp(3000), "[]", "{}", HOME, "Key under the mat", NOW, NOW.plus(Duration.ofHours(48)));
        return new BookingEmails.Job(booking, "Cleaning", "Daniel", "daniel@example.org", "Margaret Collins",
                "margaret@example.org", "Margaret");
    }

    private static final BookingEmails.Job ONE = job("b1", Instant.parse("2027-03-29T08:00:00Z"),
            BookingStatus.REQUESTED);

    @Test
    void aRequestTellsTheCustomerWhatHappensNextAndAsksTheMemberYesOrNo() {
        List<OutgoingEmail> sent = emails.requested(List.of(ONE));
        OutgoingEmail customer = to("margaret@example.org", sent);
        OutgoingEmail member = to("daniel@example.org", sent);

        assertEquals("booking.requested", customer.topic());
        assertEquals("b1", customer.reference().orElseThrow());
        assertEquals("Booking request received: Cleaning on Monday 29 March 2027", customer.subject());
        assertTrue(customer.body().startsWith("Hello Margaret,\n"));
        assertTrue(customer.body().contains("When: Monday 29 March 2027, 9am to 11am."), customer.body());
        assertTrue(customer.body().contains("Price: £30.00."));
        assertTrue(customer.body().contains("You will hear by Monday 22 March 2027 at 10am at the latest."));
        assertTrue(customer.body().contains("Reference: b1"));
        assertTrue(customer.attachment().isEmpty(), "nothing to put in a calendar until it is confirmed");

        assertEquals("New job request: Cleaning on Monday 29 March 2027", member.subject());
        assertEquals("Daniel", member.recipientName().orElseThrow());
        assertTrue(member.body().contains("You have a new job request."));
        assertTrue(member.body().contains("Where: 27 Chipperfield Road, Orpington, BR5 2QA."));
        assertTrue(member.body().contains("Customer: Margaret."));
        assertTrue(member.body().contains("Notes: Key under the mat"));
        assertTrue(member.body().contains("Please say yes or no by Monday 22 March 2027 at 10am."));
        assertTrue(member.body().endsWith("Need help? Email hello@bromley-micro.example or call 01689 000000.\n"));
    }

    @Test
    void aConfirmationCarriesACalendarFileEachCalendarAppCanRead() throws Exception {
        BookingEmails.Job confirmed = job("b1", Instant.parse("2027-03-29T08:00:00Z"), BookingStatus.CONFIRMED);
        List<OutgoingEmail> sent = emails.confirmed(List.of(confirmed));
        OutgoingEmail customer = to("margaret@example.org", sent);
        assertEquals("Booking confirmed: Cleaning on Monday 29 March 2027", customer.subject());
        assertTrue(customer.body().contains("please cancel at least 48 hours before the start."), customer.body());
        assertTrue(customer.body().contains("Later cancellations cost 50% of the price."));

        for (OutgoingEmail email : sent) {
            Attachment file = email.attachment().orElseThrow();
            assertEquals("booking.ics", file.fileName());
            assertEquals(Attachment.CALENDAR, file.contentType());
            Calendar calendar = new CalendarBuilder().build(new StringReader(file.text()));
            List<VEvent> events = calendar.getComponents("VEVENT");
            assertEquals(1, events.size());
            VEvent event = events.get(0);
            assertEquals("b1@coopmarket", event.getProperty(Property.UID).orElseThrow().getValue());
            assertEquals("20270329T080000Z", event.getProperty(Property.DTSTART).orElseThrow().getValue());
            assertEquals("20270329T100000Z", event.getProperty(Property.DTEND).orElseThrow().getValue());
            assertEquals("CONFIRMED", event.getProperty(Property.STATUS).orElseThrow().getValue());
        }
        assertEquals("Cleaning with Daniel (Bromley Micro Enterprises CIC)", summary(customer));
        assertEquals("Cleaning for Margaret", summary(to("daniel@example.org", sent)));
    }

    @Test
    void aWholeSeriesIsOneEmailEachListingEveryDate() throws Exception {
        List<BookingEmails.Job> series = List.of(
                job("b1", Instant.parse("2027-03-22T09:00:00Z"), BookingStatus.CONFIRMED),
                job("b2", Instant.parse("2027-03-29T08:00:00Z"), BookingStatus.CONFIRMED),
                job("b3", Instant.parse("2027-04-05T08:00:00Z"), BookingStatus.CONFIRMED));
        List<OutgoingEmail> sent = emails.confirmed(series);
        assertEquals(2, sent.size());
        OutgoingEmail member = to("daniel@example.org", sent);
        assertEquals("Jobs booked: Cleaning, 3 dates from Monday 22 March 2027", member.subject());
        assertTrue(member.body().contains("These 3 jobs are booked."));
        // The same 9am locally before and after the clocks go forward on 28 March.
        assertTrue(member.body().contains("- Monday 22 March 2027, 9am to 11am\n"
                + "- Monday 29 March 2027, 9am to 11am\n- Monday 5 April 2027, 9am to 11am\n"), member.body());
        Calendar calendar = new CalendarBuilder().build(new StringReader(member.attachment().orElseThrow().text()));
        assertEquals(3, calendar.getComponents("VEVENT").size());
        assertTrue(to("margaret@example.org", sent).body().contains("Price: £30.00 each time."));
    }

    @Test
    void aLateCancellationNamesTheFee() {
        OutgoingEmail customer = to("margaret@example.org", emails.cancelled(List.of(ONE), Money.gbp(1500)));
        assertTrue(customer.body().contains("It was cancelled less than 48 hours before the start, so a late "
                + "cancellation fee of £15.00 will be on your next invoice."), customer.body());
        OutgoingEmail free = to("margaret@example.org", emails.cancelled(List.of(ONE), null));
        assertTrue(free.body().contains("Nothing is charged for cancelling."));
        OutgoingEmail member = to("daniel@example.org", emails.cancelled(List.of(ONE), null));
        assertTrue(member.body().contains("This job is cancelled.\nYou do not need to go."));
    }

    @Test
    void aMoveSaysTheOldAndTheNewTime() {
        BookingEmails.Job moved = job("b1", Instant.parse("2027-03-30T12:30:00Z"), BookingStatus.CONFIRMED);
        List<OutgoingEmail> sent = emails.rescheduled(moved, Instant.parse("2027-03-29T08:00:00Z"),
                Instant.parse("2027-03-29T10:00:00Z"));
        OutgoingEmail member = to("daniel@example.org", sent);
        assertEquals("New time for a job: Cleaning on Tuesday 30 March 2027", member.subject());
        assertTrue(member.body().contains("Old time: Monday 29 March 2027, 9am to 11am."));
        assertTrue(member.body().contains("When: Tuesday 30 March 2027, 1:30pm to 3:30pm."));
        assertTrue(member.attachment().isPresent(), "confirmed work moves in the calendar too");
        assertTrue(emails.rescheduled(ONE, NOW, NOW.plusSeconds(3600)).stream()
                .allMatch(email -> email.attachment().isEmpty()), "a request is not in anyone's calendar yet");
    }

    @Test
    void declinedAndLapsedRequestsSayNothingIsCharged() {
        assertTrue(to("margaret@example.org", emails.declined(List.of(ONE))).body()
                .contains("We are sorry: Daniel cannot do the work you asked for."));
        assertTrue(to("margaret@example.org", emails.expired(List.of(ONE))).body()
                .contains("Nothing has been charged."));
        assertTrue(to("daniel@example.org", emails.expired(List.of(ONE))).body()
                .contains("This request has closed. Nobody answered it in time."));
    }

    @Test
    void aJobGivenToAnotherMemberTellsTheCustomerAndBothMembers() {
        BookingEmails.Job moved = job("b1", Instant.parse("2027-03-29T08:00:00Z"), BookingStatus.CONFIRMED);
        List<OutgoingEmail> sent = emails.reassigned(moved, "Grace", "grace@example.org");
        assertEquals(3, sent.size());
        OutgoingEmail customer = to("margaret@example.org", sent);
        assertEquals("Booking update: Daniel will do your cleaning", customer.subject());
        assertTrue(customer.body().contains("Daniel will do this work instead of Grace."), customer.body());
        assertTrue(customer.attachment().isPresent(), "confirmed work: the calendar entry changes");
        OutgoingEmail daniel = to("daniel@example.org", sent);
        assertTrue(daniel.body().contains("You have a new job. Grace cannot do it."), daniel.body());
        OutgoingEmail grace = to("grace@example.org", sent);
        assertEquals("Job moved to Daniel: Cleaning on Monday 29 March 2027", grace.subject());
        assertTrue(grace.body().contains("You do not need to go."));
        assertTrue(grace.body().endsWith("Need help? Email hello@bromley-micro.example or call 01689 000000.\n"));
    }

    @Test
    void everyEmailToAMemberIsEasyRead() {
        List<BookingEmails.Job> series = List.of(ONE, job("b2", Instant.parse("2027-04-05T08:00:00Z"),
                BookingStatus.REQUESTED));
        List<List<OutgoingEmail>> all = List.of(emails.requested(List.of(ONE)), emails.requested(series),
                emails.confirmed(series), emails.declined(List.of(ONE)), emails.cancelled(series, Money.gbp(100)),
                emails.rescheduled(ONE, NOW, NOW.plusSeconds(3600)), emails.expired(List.of(ONE)),
                emails.reassigned(ONE, "Grace", "grace@example.org"));
        for (List<OutgoingEmail> sent : all) {
            OutgoingEmail member = to("daniel@example.org", sent);
            EasyRead.assertShortSentences(member.body(), member.topic());
            assertTrue(Arrays.stream(member.body().split("\n")).noneMatch(line -> line.contains("£")),
                    "no prices in the member's email: what they are paid is shown in My money");
        }
    }

    private static OutgoingEmail to(String address, List<OutgoingEmail> emails) {
        return emails.stream().filter(email -> email.recipientAddress().equals(address)).findFirst().orElseThrow();
    }

    private static String summary(OutgoingEmail email) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(email.attachment().orElseThrow().text()));
        VEvent event = (VEvent) calendar.getComponents("VEVENT").get(0);
        return event.getProperty(Property.SUMMARY).orElseThrow().getValue();
    }
}
