package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Mailbox;
import coop.market.web.support.Trader;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pausing a member: one action makes their days away, lists the bookings in them, and staff give
 * each to another member of the same trade (who must be free) or cancel it, with e-mails to all.
 */
class PauseIT extends ArquillianIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private Api.Reply book(Api customer, Trader trader, LocalDate day) {
        return customer.post("/bookings", """
                {"listingId": "%s", "start": "%sT10:00", "durationMinutes": 60}""".formatted(trader.listing(), day));
    }

    @Test
    void aPausedMembersBookingsGoToAnotherFreeMemberOfTheTradeOrAreCancelled() throws Exception {
        Trader ann = newTrader("Ann Able", "cleaning");
        Trader bea = newTrader("Bea Baker", "cleaning");
        Trader gus = newTrader("Gus Green", "gardening");
        String customerEmail = Api.uniqueEmail("household");
        assertEquals(201, anonymous().post("/customers", """
                {"name": "Pat Jones", "email": "%s", "password": "a long pass phrase",
                 "address": {"line1": "1 High Street", "town": "Orpington", "postcode": "BR6 0JA"}}"""
                .formatted(customerEmail)).status());
        Api customer = anonymous().as(customerEmail, "a long pass phrase");
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(4);

        String request = book(customer, ann, day).object().getString("id");
        JsonObject second = book(customer, ann, day.plusDays(1)).object();
        String confirmed = second.getString("id");
        assertEquals(200, staff().post("/bookings/" + confirmed + "/confirm", "").status());

        var paused = staff().post("/members/" + ann.id() + "/pause", """
                {"from": "%s", "to": "%s", "reason": "Hospital appointment"}""".formatted(day, day.plusDays(1)));
        assertEquals(200, paused.status(), paused.toString());
        Set<String> affected = paused.object().getJsonArray("affected").getValuesAs(JsonObject.class).stream()
                .map(b -> b.getString("id")).collect(Collectors.toSet());
        assertEquals(Set.of(request, confirmed), affected);
        assertEquals(0, anonymous().get("/listings/%s/availability?from=%s&to=%s&durationMinutes=60"
                .formatted(ann.listing(), day, day.plusDays(1))).object().getJsonArray("slots").size(),
                "nothing can be booked in the pause");

        var noCleaning = staff().post("/bookings/" + confirmed + "/reassign", "{\"memberId\": \"" + gus.id() + "\"}");
        assertEquals(422, noCleaning.status(), noCleaning.toString());
        assertEquals(Set.of("memberId"), MembersIT.fields(noCleaning.object()));

        String beasOwn = book(anonymous().asCustomer(), bea, day.plusDays(1)).object().getString("id");
        var busy = staff().post("/bookings/" + confirmed + "/reassign", "{\"memberId\": \"" + bea.id() + "\"}");
        assertEquals(409, busy.status(), "Bea is busy then: " + busy);
        assertEquals(200, staff().post("/bookings/" + beasOwn + "/cancel", "").status());

        var moved = staff().post("/bookings/" + confirmed + "/reassign", "{\"memberId\": \"" + bea.id() + "\"}");
        assertEquals(200, moved.status(), moved.toString());
        assertEquals(bea.id(), moved.object().getString("memberId"));
        assertEquals(bea.listing(), moved.object().getString("listingId"));
        assertEquals("CONFIRMED", moved.object().getString("status"));
        assertEquals(second.getJsonObject("price"), moved.object().getJsonObject("price"), "the price stays");
        assertTrue(staff().get("/bookings/" + confirmed + "/history").body().contains("Given to Bea Baker instead of Ann Able"));

        Mailbox.waitForSubject(customerEmail, "Booking update: Bea will do your cleaning"::equals, WAIT);
        Mailbox.waitForSubject(bea.email(), subject -> subject.startsWith("New job: "), WAIT);
        Mailbox.waitForSubject(ann.email(), subject -> subject.startsWith("Job moved to Bea: "), WAIT);

        var cancelled = staff().post("/bookings/" + request + "/cancel", "");
        assertEquals(200, cancelled.status());
        assertEquals("CANCELLED", cancelled.object().getString("status"));

        String log = staff().get("/members/" + ann.id() + "/audit").body();
        assertTrue(log.contains("member.paused") && log.contains("Hospital appointment"), log);
        assertTrue(log.contains("booking.reassigned"), log);
        assertTrue(staff().get("/members/" + bea.id() + "/audit").body().contains("booking.reassigned"));
    }

    @Test
    void onlyStaffPauseAndReassign() {
        Trader ann = newTrader("Ann Able", "cleaning");
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(5);
        String booking = book(anonymous().asCustomer(), ann, day).object().getString("id");
        assertEquals(403, anonymous().asCustomer().post("/bookings/" + booking + "/reassign",
                "{\"memberId\": \"" + ann.id() + "\"}").status());
        assertEquals(403, anonymous().as("member@demo.coop", Api.DEMO_PASSWORD).post("/members/" + ann.id() + "/pause",
                "{\"from\": \"" + day + "\", \"to\": \"" + day + "\", \"reason\": \"x\"}").status());
        var invalid = staff().post("/members/" + ann.id() + "/pause", "{\"from\": \"tomorrow\", \"to\": \"\"}");
        assertEquals(422, invalid.status());
        assertEquals(Set.of("from", "to", "reason"), MembersIT.fields(invalid.object()));
    }
}
