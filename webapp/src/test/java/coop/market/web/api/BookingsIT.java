package coop.market.web.api;

import static coop.market.web.api.MembersIT.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.TestServerDatabase;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BookingsIT extends ArquillianIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A Monday a few weeks ahead: clear of the 24-hour notice, inside the booking horizon. */
    private static LocalDate aMondayAhead(int weeks) {
        return LocalDate.now(LONDON).plusWeeks(weeks).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    /** Books something for the demo customer and returns the customer's id. */
    private String demoCustomerId() {
        String listing = cleanerListing("");
        var booking = book(anonymous().asCustomer(), listing, aMondayAhead(6) + "T15:00");
        assertEquals(201, booking.status(), booking.toString());
        return booking.object().getString("customerId");
    }

    /** A new cleaner working weekdays 09:00-17:00 with a 30-minute travel buffer; returns the listing id. */
    private String cleanerListing(String extraAvailability) {
        String member = newMember("cleaning");
        var put = staff().put("/members/" + member + "/availability", """
                {"weekly": [%s], "exceptions": [], "travelBufferMinutes": 30 %s}""".formatted(
                weekdays("09:00", "17:00"), extraAvailability));
        assertEquals(200, put.status(), put.toString());
        var listing = staff().post("/listings", """
                {"memberId": "%s", "trade": "cleaning", "title": "Cleaning", "description": "Homes.",
                 "price": {"minor": 1500, "currency": "GBP"}}""".formatted(member));
        assertEquals(201, listing.status(), listing.toString());
        return listing.object().getString("id");
    }

    private static String weekdays(String start, String end) {
        return List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").stream()
                .map(day -> "{\"day\": \"%s\", \"start\": \"%s\", \"end\": \"%s\"}".formatted(day, start, end))
                .collect(Collectors.joining(", "));
    }

    private Api.Reply book(Api as, String listing, String start) {
        return as.post("/bookings", """
                {"listingId": "%s", "start": "%s", "attributes": {"bedrooms": 1, "bathrooms": 1}}"""
                .formatted(listing, start));
    }

    @Test
    void aCustomerBooksAFreeSlotAtAFrozenPriceAndTheSlotIsThenGone() {
        String listing = cleanerListing("");
        LocalDate monday = aMondayAhead(2);
        var slots = anonymous().get("/listings/%s/availability?from=%s&to=%s&durationMinutes=90"
                .formatted(listing, monday, monday));
        assertEquals(200, slots.status(), slots.toString());
        List<JsonObject> free = slots.object().getJsonArray("slots").getValuesAs(JsonObject.class);
        assertEquals(monday + "T09:00:00" + offset(monday), free.get(0).getString("start"));
        assertEquals(monday + "T10:30:00" + offset(monday), free.get(0).getString("end"));
        assertEquals(monday + "T15:30:00" + offset(monday), free.get(free.size() - 1).getString("start"));

        var booked = book(anonymous().asCustomer(), listing, monday + "T09:00");
        assertEquals(201, booked.status(), booked.toString());
        JsonObject booking = booked.object();
        assertEquals("REQUESTED", booking.getString("status"));
        assertEquals(90, booking.getInt("durationMinutes"), "1 bedroom, 1 bathroom: the trade's estimate");
        assertEquals(2250, booking.getJsonObject("price").getInt("minor"), "1.5 hours at GBP 15.00");
        assertTrue(booked.header("Location").endsWith("/api/v1/bookings/" + booking.getString("id")));

        Set<String> after = anonymous().get("/listings/%s/availability?from=%s&to=%s&durationMinutes=90"
                .formatted(listing, monday, monday)).object().getJsonArray("slots").getValuesAs(JsonObject.class)
                .stream().map(s -> s.getString("start").substring(11, 16)).collect(Collectors.toSet());
        assertFalse(after.contains("09:00"), "taken");
        assertFalse(after.contains("10:30"), "inside the 30-minute travel buffer");
        assertTrue(after.contains("11:00"), "free again after the buffer");

        var again = book(anonymous().asCustomer(), listing, monday + "T09:30");
        assertEquals(409, again.status(), again.toString());
        assertEquals("/problems/slot-not-free", again.object().getString("type"));
    }

    @Test
    void manyClientsRacingForOneSlotGetExactlyOneBooking() throws Exception {
        String listing = cleanerListing("");
        String start = aMondayAhead(3) + "T13:00";
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Api.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> book(anonymous().asCustomer(), listing, start));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> reply : pool.invokeAll(calls)) {
                statuses.add(reply.get().status());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(15, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theMemberAnswersAndTheCustomerCancelsAndIllegalMovesAreConflicts() {
        String listing = cleanerListing("");
        String member = staff().get("/listings/" + listing).object().getString("memberId");
        String id = book(anonymous().asCustomer(), listing, aMondayAhead(4) + "T10:00").object().getString("id");

        var customerConfirms = anonymous().asCustomer().post("/bookings/" + id + "/confirm", "");
        assertEquals(403, customerConfirms.status(), "a customer cannot confirm their own request");
        var confirmed = staff().post("/bookings/" + id + "/confirm", "");
        assertEquals(200, confirmed.status(), confirmed.toString());
        assertEquals("CONFIRMED", confirmed.object().getString("status"));
        var twice = staff().post("/bookings/" + id + "/confirm", "");
        assertEquals(409, twice.status());
        assertEquals("/problems/illegal-transition", twice.object().getString("type"));
        var early = staff().post("/bookings/" + id + "/complete", "");
        assertEquals(409, early.status(), "work cannot be completed before it starts");
        var cancelled = anonymous().asCustomer().post("/bookings/" + id + "/cancel", "");
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("CANCELLED", cancelled.object().getString("status"));
        assertEquals(409, staff().post("/bookings/" + id + "/decline", "").status());

        var list = staff().get("/bookings?memberId=" + member);
        assertEquals(200, list.status());
        assertEquals(1, list.array().size());
    }

    @Test
    void aRequestNobodyAnsweredInTimeGivesItsSlotBackAndIsClosed() throws Exception {
        String listing = cleanerListing("");
        String start = aMondayAhead(3) + "T10:00";
        String lapsed = book(anonymous().asCustomer(), listing, start).object().getString("id");
        assertEquals(409, book(anonymous().asCustomer(), listing, start).status(), "still waiting for an answer");
        try (Connection db = TestServerDatabase.open();
                PreparedStatement age = db.prepareStatement("UPDATE booking SET expires_at = created_at WHERE id = ?")) {
            age.setString(1, lapsed);
            assertEquals(1, age.executeUpdate());
        }

        var again = book(anonymous().asCustomer(), listing, start);

        assertEquals(201, again.status(), again.toString());
        assertEquals("CANCELLED", anonymous().asCustomer().get("/bookings/" + lapsed).object().getString("status"));
        var history = anonymous().asCustomer().get("/bookings/" + lapsed + "/history").array();
        assertTrue(history.toString().contains("Expired"), history.toString());
    }

    @Test
    void staffRecordWorkAlreadyDoneAndCompleteIt() {
        String listing = cleanerListing("");
        String customer = demoCustomerId();
        String yesterday = LocalDate.now(LONDON).minusDays(1) + "T22:00";
        var recorded = staff().post("/bookings", """
                {"listingId": "%s", "customerId": "%s", "start": "%s", "durationMinutes": 60}"""
                .formatted(listing, customer, yesterday));
        assertEquals(201, recorded.status(), recorded.toString());
        assertEquals("CONFIRMED", recorded.object().getString("status"), "outside working hours, but it happened");
        var overlapping = staff().post("/bookings", """
                {"listingId": "%s", "customerId": "%s", "start": "%s", "durationMinutes": 60}"""
                .formatted(listing, customer, LocalDate.now(LONDON).minusDays(1) + "T22:30"));
        assertEquals(409, overlapping.status(), "overlaps still count");
        var completed = staff().post("/bookings/" + recorded.object().getString("id") + "/complete", "");
        assertEquals(200, completed.status(), completed.toString());
        assertEquals("COMPLETED", completed.object().getString("status"));
        assertEquals(409, staff().post("/bookings/" + recorded.object().getString("id") + "/no-show", "").status(),
                "completed work cannot become a no-show");

        var missed = staff().post("/bookings", """
                {"listingId": "%s", "customerId": "%s", "start": "%s", "durationMinutes": 60}"""
                .formatted(listing, customer, LocalDate.now(LONDON).minusDays(2) + "T22:00"));
        assertEquals(201, missed.status(), missed.toString());
        var noShow = staff().post("/bookings/" + missed.object().getString("id") + "/no-show", "");
        assertEquals(200, noShow.status(), noShow.toString());
        assertEquals("NO_SHOW", noShow.object().getString("status"));

        var customerInThePast = book(anonymous().asCustomer(), listing, yesterday);
        assertEquals(409, customerInThePast.status(), "customers cannot book the past");
    }

    @Test
    void slotsStayAtTheSameLocalTimeAcrossTheClockChanges() {
        String listing = cleanerListing(", \"horizonWeeks\": 104");
        String member = staff().get("/listings/" + listing).object().getString("memberId");
        staff().put("/members/" + member + "/availability", """
                {"weekly": [{"day": "SUNDAY", "start": "00:00", "end": "04:00"},
                            {"day": "MONDAY", "start": "09:00", "end": "12:00"}], "horizonWeeks": 104}""");
        var spring = slots(listing, "2027-03-28", "2027-03-29", 60);
        assertTrue(spring.contains("2027-03-28T00:00:00+00:00"));
        assertFalse(spring.stream().anyMatch(s -> s.startsWith("2027-03-28T01:")), "the skipped hour: " + spring);
        assertTrue(spring.contains("2027-03-28T02:00:00+01:00"));
        assertTrue(spring.contains("2027-03-29T09:00:00+01:00"), "09:00 is still 09:00 local");
        var autumn = slots(listing, "2027-10-31", "2027-11-01", 60);
        assertEquals(1, autumn.stream().filter(s -> s.startsWith("2027-10-31T01:00")).count(),
                "the repeated hour gives one slot: " + autumn);
        assertTrue(autumn.contains("2027-11-01T09:00:00+00:00"), autumn.toString());
    }

    @Test
    void aBookingMovesToAnotherFreeTimeKeepingItsIdentityAndHistory() {
        String listing = cleanerListing("");
        LocalDate monday = aMondayAhead(7);
        var booked = book(anonymous().asCustomer(), listing, monday + "T09:00").object();
        String id = booked.getString("id");
        var moved = anonymous().asCustomer().post("/bookings/" + id + "/reschedule",
                "{\"start\": \"" + monday + "T14:00\"}");
        assertEquals(200, moved.status(), moved.toString());
        assertEquals(id, moved.object().getString("id"));
        assertEquals(monday + "T14:00:00" + offset(monday), moved.object().getString("start"));
        assertEquals(booked.getJsonObject("price"), moved.object().getJsonObject("price"), "the price stays");
        assertEquals(201, book(anonymous().asCustomer(), listing, monday + "T09:00").status(), "the old time is free");
        var clash = anonymous().asCustomer().post("/bookings/" + id + "/reschedule",
                "{\"start\": \"" + monday + "T09:30\"}");
        assertEquals(409, clash.status(), clash.toString());
        var history = anonymous().asCustomer().get("/bookings/" + id + "/history").array()
                .getValuesAs(JsonObject.class);
        assertEquals(2, history.size(), history.toString());
        assertEquals("REQUESTED", history.get(0).getString("to"));
        assertTrue(history.get(1).getString("detail").startsWith("Moved from " + monday + "T09:00"));
    }

    @Test
    void aCustomerCancellingConfirmedWorkLateIsChargedTheCoopsFee() {
        String member = newMember("cleaning");
        String everyDay = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                .stream().map(d -> "{\"day\": \"" + d + "\", \"start\": \"00:00\", \"end\": \"23:30\"}")
                .collect(Collectors.joining(", "));
        assertEquals(200, staff().put("/members/" + member + "/availability", "{\"weekly\": [" + everyDay + "]}")
                .status());
        String listing = staff().post("/listings", """
                {"memberId": "%s", "trade": "cleaning", "title": "Cleaning", "description": "Homes.",
                 "price": {"minor": 1500, "currency": "GBP"}}""".formatted(member)).object().getString("id");
        LocalDate today = LocalDate.now(LONDON);
        String soon = anonymous().get("/listings/%s/availability?from=%s&to=%s&durationMinutes=60"
                .formatted(listing, today, today.plusDays(2))).object().getJsonArray("slots")
                .getValuesAs(JsonObject.class).get(0).getString("start");
        var booked = anonymous().asCustomer().post("/bookings", """
                {"listingId": "%s", "start": "%s", "durationMinutes": 60}""".formatted(listing, soon));
        assertEquals(201, booked.status(), booked.toString());
        String id = booked.object().getString("id");
        assertEquals(200, staff().post("/bookings/" + id + "/confirm", "").status());
        assertEquals(200, anonymous().asCustomer().post("/bookings/" + id + "/cancel", "").status());
        var history = anonymous().asCustomer().get("/bookings/" + id + "/history").array()
                .getValuesAs(JsonObject.class);
        assertEquals("Late cancellation fee of GBP 7.50 charged", history.get(history.size() - 1)
                .getString("detail"), "half of GBP 15.00, within the 48 hours' notice the test server uses");
    }

    @Test
    void nobodySeesSomeoneElsesBooking() {
        String listing = cleanerListing("");
        String id = book(anonymous().asCustomer(), listing, aMondayAhead(5) + "T09:00").object().getString("id");
        String email = Api.uniqueEmail("other");
        anonymous().post("/customers", """
                {"name": "Other", "email": "%s", "password": "another long one",
                 "address": {"line1": "1 Road", "town": "Bromley", "postcode": "BR1 1AA"}}""".formatted(email));
        Api other = anonymous().as(email, "another long one");
        assertEquals(404, other.get("/bookings/" + id).status());
        assertEquals(404, other.post("/bookings/" + id + "/cancel", "").status());
        assertEquals(0, other.get("/bookings").array().size());
        assertEquals(404, anonymous().as("member@demo.coop", Api.DEMO_PASSWORD).get("/bookings/" + id).status(),
                "another member's booking");
        assertEquals(200, anonymous().asCustomer().get("/bookings/" + id).status());
        assertEquals(401, anonymous().get("/bookings/" + id).status());
    }

    @Test
    void badBookingsAreExplained() {
        String listing = cleanerListing("");
        var noStart = anonymous().asCustomer().post("/bookings", "{\"listingId\": \"" + listing + "\"}");
        assertEquals(422, noStart.status());
        assertEquals(Set.of("start"), fields(noStart.object()));
        var offGrid = anonymous().asCustomer().post("/bookings", """
                {"listingId": "%s", "start": "%sT09:00", "durationMinutes": 45}""".formatted(listing, aMondayAhead(2)));
        assertEquals(422, offGrid.status());
        var badOption = anonymous().asCustomer().post("/bookings", """
                {"listingId": "%s", "start": "%sT09:00", "attributes": {"bedrooms": 99}}"""
                .formatted(listing, aMondayAhead(2)));
        assertEquals(422, badOption.status());
        assertEquals(Set.of("attributes.bedrooms"), fields(badOption.object()));
        var outside = book(anonymous().asCustomer(), listing, aMondayAhead(2) + "T20:00");
        assertEquals(409, outside.status(), "outside working hours");
        assertEquals(404, book(anonymous().asCustomer(), "no-such-listing", aMondayAhead(2) + "T09:00").status());
        assertEquals(403, book(anonymous().as("member@demo.coop", Api.DEMO_PASSWORD), listing,
                aMondayAhead(2) + "T09:00").status());
        var badRange = anonymous().get("/listings/" + listing + "/availability?from=2027-01-10&to=2027-01-01");
        assertEquals(422, badRange.status());
    }

    @Test
    void availabilityIsCheckedAndOnlyForTheMemberOrStaff() {
        String member = newMember("cleaning");
        var bad = staff().put("/members/" + member + "/availability", """
                {"weekly": [{"day": "FUNDAY", "start": "25:00", "end": "09:00"}],
                 "exceptions": [{"from": "2027-05-02", "to": "2027-05-01"}], "maxHoursPerWeek": 15.999}""");
        assertEquals(422, bad.status(), bad.toString());
        assertEquals(Set.of("weekly[0].day", "weekly[0].start", "exceptions[0].to", "maxHoursPerWeek"),
                fields(bad.object()));
        var good = staff().put("/members/" + member + "/availability", """
                {"weekly": [{"day": "monday", "start": "09:00", "end": "12:00"}],
                 "exceptions": [{"from": "2027-05-01", "to": "2027-05-07", "reason": "Holiday"}],
                 "travelBufferMinutes": 15, "maxHoursPerWeek": 15.5}""");
        assertEquals(200, good.status(), good.toString());
        assertEquals("MONDAY", good.object().getJsonArray("weekly").getJsonObject(0).getString("day"));
        assertEquals(200, staff().get("/members/" + member + "/availability").status());
        assertEquals(403, anonymous().asCustomer().get("/members/" + member + "/availability").status());
        assertEquals(404, anonymous().as("member@demo.coop", Api.DEMO_PASSWORD)
                .get("/members/" + member + "/availability").status(), "another member's");
    }

    private List<String> slots(String listing, String from, String to, int minutes) {
        var reply = anonymous().get("/listings/%s/availability?from=%s&to=%s&durationMinutes=%d"
                .formatted(listing, from, to, minutes));
        assertEquals(200, reply.status(), reply.toString());
        return reply.object().getJsonArray("slots").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("start")).toList();
    }


    private static String offset(LocalDate date) {
        return date.atTime(9, 0).atZone(LONDON).format(java.time.format.DateTimeFormatter.ofPattern("xxx"));
    }
}
