package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The member's calendar feed: a secret address, shown whenever the member asks, replaceable,
 * readable with no sign-in. Uses the demo member (Daniel) and his "Home cleaning by Daniel" listing, on Wednesdays
 * five and six weeks ahead, which no other test books.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalendarIT extends ArquillianIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api member() {
        return anonymous().as("member@demo.coop", Api.DEMO_PASSWORD);
    }

    private static LocalDate aWednesdayAhead(int weeks) {
        return LocalDate.now(LONDON).plusWeeks(weeks).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    }

    /** Reads an address as a calendar app does: no sign-in, asking for iCalendar. */
    private static HttpResponse<String> fetch(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/calendar").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fetches the feed, checks it is a calendar, and gives its events by UID. */
    private static Map<String, VEvent> events(String url) throws Exception {
        HttpResponse<String> feed = fetch(url);
        assertEquals(200, feed.statusCode(), feed.body());
        assertEquals("text/calendar;charset=utf-8",
                feed.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertEquals("Co-op Market: my work", calendar.<Property>getRequiredProperty("X-WR-CALNAME").getValue());
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> value(e, "UID"), Function.identity()));
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getRequiredProperty(property).getValue();
    }

    private static Instant instant(VEvent event, String property) {
        return Instant.from(event.<DateProperty<?>>getRequiredProperty(property).getDate());
    }

    private static String url(Api.Reply reply) {
        return reply.object().getString("url");
    }

    @Test
    @Order(1)
    void aMemberIsShownTheSameSecretAddressEachTimeAndCanReplaceIt() {
        var first = member().get("/me/calendar-link");
        assertEquals(200, first.status(), first.toString());
        String url = url(first);
        String feeds = base.toString().replaceAll("/$", "") + "/api/v1/calendar/";
        assertTrue(url.startsWith(feeds) && url.endsWith(".ics"), url);
        String secret = url.substring(feeds.length(), url.length() - ".ics".length());
        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), "32 random bytes in URL-safe base64: " + secret);
        assertEquals(200, fetch(url).statusCode());

        var again = member().get("/me/calendar-link");
        assertEquals(200, again.status(), again.toString());
        assertEquals(url, url(again), "a second GET returns the same URL");
        assertEquals(200, fetch(url).statusCode());

        var replaced = member().post("/me/calendar-link", "");
        assertEquals(200, replaced.status(), replaced.toString());
        String newUrl = url(replaced);
        assertNotEquals(url, newUrl);
        HttpResponse<String> old = fetch(url);
        assertEquals(404, old.statusCode(), "the old address stops working at once");
        assertTrue(old.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(404, Json.createReader(new StringReader(old.body())).readObject().getInt("status"));
        assertEquals(200, fetch(newUrl).statusCode());
        var shown = member().get("/me/calendar-link");
        assertEquals(200, shown.status(), shown.toString());
        assertEquals(newUrl, url(shown), "from now on the new address is the one shown");
    }

    @Test
    void onlyASignedInMemberHasACalendarAddress() {
        assertEquals(403, anonymous().asCustomer().get("/me/calendar-link").status());
        assertEquals(403, anonymous().asCustomer().post("/me/calendar-link", "").status());
        assertEquals(403, staff().get("/me/calendar-link").status(), "staff have no work of their own");
        assertEquals(403, anonymous().as("admin@demo.coop", Api.DEMO_PASSWORD).post("/me/calendar-link", "")
                .status());
        var nobody = anonymous().get("/me/calendar-link");
        assertEquals(401, nobody.status());
        assertTrue(nobody.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals(401, anonymous().post("/me/calendar-link", "").status());
    }

    @Test
    void anAddressThatOpensNothingIsNotFound() {
        String feeds = base.toString().replaceAll("/$", "") + "/api/v1/calendar/";
        assertEquals(404, fetch(feeds + "A".repeat(43) + ".ics").statusCode());
        assertEquals(404, fetch(feeds + "not-a-secret.ics").statusCode());
        assertEquals(404, fetch(feeds + "A".repeat(43)).statusCode());
    }

    @Test
    void theFeedShowsTheMembersLiveWorkToWhoeverHoldsTheAddress() throws Exception {
        String listing = anonymous().get("/listings?q=Daniel").array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("title").equals("Home cleaning by Daniel"))
                .findFirst().orElseThrow().getString("id");
        String daniel = anonymous().get("/listings/" + listing).object().getString("memberId");
        var availability = staff().put("/members/" + daniel + "/availability", """
                {"weekly": [{"day": "WEDNESDAY", "start": "08:00", "end": "18:00"}], "exceptions": [],
                 "travelBufferMinutes": 0}""");
        assertEquals(200, availability.status(), availability.toString());
        LocalDate wednesday = aWednesdayAhead(5);
        String confirmed = book(listing, wednesday + "T09:00", 120, "Key with the neighbour at no. 29, ring twice; "
                + "thank you");
        assertEquals(200, staff().post("/bookings/" + confirmed + "/confirm", "").status());
        String requested = book(listing, wednesday + "T14:00", 90, null);
        String cancelledLater = book(listing, aWednesdayAhead(6) + "T10:00", 60, null);

        String url = url(member().post("/me/calendar-link", ""));
        Map<String, VEvent> events = events(url);

        VEvent work = events.get(confirmed + "@coopmarket");
        assertTrue(work != null, "the confirmed booking is in the feed: " + events.keySet());
        Instant start = LocalDateTime.parse(wednesday + "T09:00").atZone(LONDON).toInstant();
        assertEquals(start, instant(work, "DTSTART"));
        assertEquals(start.plus(Duration.ofMinutes(120)), instant(work, "DTEND"));
        assertTrue(work.<Property>getRequiredProperty("DTSTART").getValue().endsWith("Z"), "in UTC");
        assertEquals("CONFIRMED", value(work, "STATUS"));
        assertEquals("Cleaning for Margaret", value(work, "SUMMARY"));
        assertEquals("27 Chipperfield Road, Orpington, BR5 2QA", value(work, "LOCATION"));
        assertTrue(value(work, "DESCRIPTION").contains("Key with the neighbour at no. 29, ring twice; thank you"),
                value(work, "DESCRIPTION"));

        VEvent request = events.get(requested + "@coopmarket");
        assertTrue(request != null, "a request waiting for an answer is in the feed: " + events.keySet());
        assertEquals("TENTATIVE", value(request, "STATUS"));
        assertEquals(LocalDateTime.parse(wednesday + "T14:00").atZone(LONDON).toInstant(),
                instant(request, "DTSTART"));
        assertTrue(events.containsKey(cancelledLater + "@coopmarket"));

        var cancelled = anonymous().asCustomer().post("/bookings/" + cancelledLater + "/cancel", "");
        assertEquals(200, cancelled.status(), cancelled.toString());
        var declined = staff().post("/bookings/" + requested + "/decline", "");
        assertEquals(200, declined.status(), declined.toString());
        Map<String, VEvent> after = events(url);
        assertFalse(after.containsKey(cancelledLater + "@coopmarket"), "a cancelled booking leaves the feed");
        assertFalse(after.containsKey(requested + "@coopmarket"), "so does a declined one");
        assertTrue(after.containsKey(confirmed + "@coopmarket"));
    }

    /** Books Daniel's cleaning for the demo customer, Margaret, and returns the booking's id. */
    private String book(String listing, String start, int minutes, String notes) {
        var reply = anonymous().asCustomer().post("/bookings", Json.createObjectBuilder()
                .add("listingId", listing)
                .add("start", start)
                .add("durationMinutes", minutes)
                .add("notes", notes == null ? Json.createValue("") : Json.createValue(notes))
                .add("attributes", Json.createObjectBuilder().add("bedrooms", 1).add("bathrooms", 1))
                .build());
        assertEquals(201, reply.status(), reply.toString());
        return reply.object().getString("id");
    }
}
