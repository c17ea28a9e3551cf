package coop.market.web.api;

import static coop.market.web.api.MembersIT.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecurringBookingsIT extends ArquillianIT {

    /** A cleaner working Mondays 09:00-17:00; returns the listing id. */
    private String mondayCleaner() {
        String member = newMember("cleaning");
        assertEquals(200, staff().put("/members/" + member + "/availability", """
                {"weekly": [{"day": "MONDAY", "start": "09:00", "end": "17:00"}]}""").status());
        var listing = staff().post("/listings", """
                {"memberId": "%s", "trade": "cleaning", "title": "Cleaning", "description": "Homes.",
                 "price": {"minor": 1500, "currency": "GBP"}}""".formatted(member));
        return listing.object().getString("id");
    }

    private Api.Reply series(String listing, String start, String recurrence) {
        return anonymous().asCustomer().post("/bookings", """
                {"listingId": "%s", "start": "%s", "durationMinutes": 60, "recurrence": %s}"""
                .formatted(listing, start, recurrence));
    }

    @Test
    void aFortnightlySeriesIsBookedAtOnceAtTheSameLocalTimeAcrossTheClockChange() {
        String listing = mondayCleaner();
        var reply = series(listing, "2027-03-15T09:00", "{\"frequency\": \"FORTNIGHTLY\", \"count\": 3}");
        assertEquals(201, reply.status(), reply.toString());
        JsonObject first = reply.object();
        assertTrue(first.containsKey("seriesId"));
        List<String> starts = first.getJsonArray("occurrences").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("start")).toList();
        assertEquals(List.of("2027-03-15T09:00:00+00:00", "2027-03-29T09:00:00+01:00", "2027-04-12T09:00:00+01:00"),
                starts);

        var confirmed = staff().post("/bookings/" + first.getString("id") + "/confirm?scope=series", "");
        assertEquals(200, confirmed.status(), confirmed.toString());
        assertEquals(Set.of("CONFIRMED"), statuses(confirmed.object()));

        String second = first.getJsonArray("occurrences").getJsonObject(1).getString("id");
        var cancelled = anonymous().asCustomer().post("/bookings/" + second + "/cancel?scope=following", "");
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals(2, cancelled.object().getJsonArray("occurrences").size(), "the second and the third");
        assertEquals("CONFIRMED", anonymous().asCustomer().get("/bookings/" + first.getString("id")).object()
                .getString("status"), "the first stays");
    }

    @Test
    void aSeriesWithOneTakenDateBooksNothingAndNamesTheDate() {
        String listing = mondayCleaner();
        assertEquals(201, anonymous().asCustomer().post("/bookings", """
                {"listingId": "%s", "start": "2027-05-17T10:00", "durationMinutes": 60}""".formatted(listing))
                .status());
        var clash = series(listing, "2027-05-03T10:00", "{\"frequency\": \"WEEKLY\", \"until\": \"2027-05-24\"}");
        assertEquals(409, clash.status(), clash.toString());
        assertEquals("/problems/series-clash", clash.object().getString("type"));
        assertTrue(clash.object().getString("detail").contains("2027-05-17"), clash.toString());
        var free = anonymous().get("/listings/%s/availability?from=2027-05-03&to=2027-05-03&durationMinutes=60"
                .formatted(listing)).object().getJsonArray("slots").getValuesAs(JsonObject.class);
        assertTrue(free.stream().anyMatch(s -> s.getString("start").equals("2027-05-03T10:00:00+01:00")),
                "nothing of the refused series was kept");
    }

    @Test
    void badRecurrencesAreExplained() {
        String listing = mondayCleaner();
        var reply = series(listing, "2027-03-15T09:00", "{\"frequency\": \"DAILY\"}");
        assertEquals(422, reply.status(), reply.toString());
        assertEquals(Set.of("recurrence.frequency", "recurrence.count"), fields(reply.object()));
    }

    private static Set<String> statuses(JsonObject booking) {
        return booking.getJsonArray("occurrences").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("status")).collect(Collectors.toSet());
    }
}
