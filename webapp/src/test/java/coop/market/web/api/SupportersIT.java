package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Mailbox;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A member's circle of support: Daniel names his mum, who then sees his work; she answers his
 * requests only once he allows it; everything she does for him is in his audit log, which staff
 * (and only staff) read.
 */
class SupportersIT extends ArquillianIT {

    private static final String PASSWORD = "mum's long pass phrase";

    private Api daniel() {
        return anonymous().as("member@demo.coop", Api.DEMO_PASSWORD);
    }

    private String accountFor(String email) {
        var created = anonymous().post("/customers", """
                {"name": "Jean Hughes", "email": "%s", "password": "%s",
                 "address": {"line1": "5 High Street", "town": "Orpington", "postcode": "BR6 0JA"}}"""
                .formatted(email, PASSWORD));
        assertEquals(201, created.status(), created.toString());
        return email;
    }

    private static LocalDate daysAhead(int days) {
        return LocalDate.now(ZoneId.of("Europe/London")).plusDays(days);
    }

    private String requestForDaniel(String listing, int days) {
        String start = daysAhead(days) + "T16:00";
        var booked = anonymous().asCustomer().post("/bookings", """
                {"listingId": "%s", "start": "%s", "durationMinutes": 60}""".formatted(listing, start));
        assertEquals(201, booked.status(), booked.toString());
        return booked.object().getString("id");
    }

    private Api.Reply name(Api as, String member, String email, boolean canAnswer) {
        return as.post("/members/" + member + "/supporters", """
                {"email": "%s", "relationship": "My mum", "canAnswer": %s}""".formatted(email, canAnswer));
    }

    @Test
    void aSupporterSeesTheWorkAndAnswersOnlyWhenAllowedAndStaffCanReadWhatTheyDid() {
        JsonObject listing = danielsListing();
        String danielId = listing.getString("memberId");
        availableEveryDay(danielId);
        String mumEmail = accountFor(Api.uniqueEmail("mum"));
        Api mum = anonymous().as(mumEmail, PASSWORD);
        String request = requestForDaniel(listing.getString("id"), 9);
        assertEquals(404, mum.get("/bookings/" + request).status(), "not in the circle yet");

        var named = name(daniel(), danielId, mumEmail, false);
        assertEquals(201, named.status(), named.toString());
        assertFalse(named.object().getBoolean("canAnswer"));
        String supporterId = named.object().getString("id");
        assertTrue(daniel().get("/members/" + danielId + "/supporters").body().contains(mumEmail));
        assertEquals(409, name(daniel(), danielId, mumEmail, true).status(), "already in the circle");

        assertEquals(200, mum.get("/bookings/" + request).status(), "she sees his work");
        // Mum is a customer too: she names the member whose bookings she wants.
        assertTrue(mum.get("/bookings?memberId=" + danielId + "&from=" + daysAhead(9) + "&to=" + daysAhead(9)).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(b -> b.getString("id").equals(request)));
        assertEquals(403, mum.post("/bookings/" + request + "/confirm", "").status(), "but may not answer yet");

        assertEquals(204, daniel().delete("/members/" + danielId + "/supporters/" + supporterId).status());
        assertEquals(404, mum.get("/bookings/" + request).status(), "out of the circle: nothing to see");
        assertEquals(201, name(daniel(), danielId, mumEmail, true).status());
        var confirmed = mum.post("/bookings/" + request + "/confirm", "");
        assertEquals(200, confirmed.status(), confirmed.toString());
        assertEquals("CONFIRMED", confirmed.object().getString("status"));

        List<JsonObject> log = staff().get("/members/" + danielId + "/audit").array().getValuesAs(JsonObject.class);
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("booking.confirm")
                && e.getString("by").equals(mumEmail) && e.getString("detail").contains(request)), log.toString());
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("supporter.added")
                && e.getString("by").equals("member@demo.coop")), log.toString());
        assertTrue(log.stream().anyMatch(e -> e.getString("action").equals("supporter.ended")), log.toString());
        assertEquals(403, daniel().get("/members/" + danielId + "/audit").status(), "staff read the log");
    }

    @Test
    void someoneWithoutAnAccountIsInvitedToChooseAPassword() throws Exception {
        String danielId = danielsListing().getString("memberId");
        String worker = Api.uniqueEmail("support-worker");
        var named = staff().post("/members/" + danielId + "/supporters", """
                {"email": "%s", "relationship": "Support worker", "canAnswer": true}""".formatted(worker));
        assertEquals(201, named.status(), named.toString());

        MimeMessage invitation = Mailbox.waitFor(worker, 1, Duration.ofSeconds(20)).get(0);
        assertEquals("Daniel has added you to their circle of support", invitation.getSubject());
        String body = invitation.getContent().toString();
        assertTrue(body.contains("/reset-password.xhtml?token="), body);
        assertTrue(body.contains("Then sign in with " + worker + "."), body);
    }

    @Test
    void aCircleIsTheMembersOwnBusiness() {
        String other = newMember("gardening");
        assertEquals(404, daniel().get("/members/" + other + "/supporters").status());
        assertEquals(404, name(daniel(), other, Api.uniqueEmail("x"), false).status());
        assertEquals(403, anonymous().asCustomer().get("/members/" + other + "/supporters").status());
        var invalid = staff().post("/members/" + other + "/supporters", "{\"email\": \"nope\"}");
        assertEquals(422, invalid.status());
        assertEquals(java.util.Set.of("email", "relationship", "canAnswer"), MembersIT.fields(invalid.object()));
    }
}
