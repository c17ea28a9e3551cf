package coop.market.web.api;

import static coop.market.web.api.MembersIT.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import jakarta.json.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomersIT extends ArquillianIT {

    @Test
    void aHouseholdSignsUpAndCanSignIn() {
        String email = Api.uniqueEmail("household");
        var reply = anonymous().post("/customers", """
                {"name": "Pat Smith", "email": "%s", "password": "a long pass phrase",
                 "address": {"line1": "1 High Street", "town": "Orpington", "postcode": "br6 0ja"}}""".formatted(email));
        assertEquals(201, reply.status(), reply.toString());
        JsonObject customer = reply.object();
        assertEquals("Pat Smith", customer.getString("name"));
        assertEquals(email, customer.getString("email"));
        assertEquals("HOUSEHOLD", customer.getString("kind"));
        assertTrue(reply.header("Location").endsWith("/api/v1/customers/" + customer.getString("id")));
        assertTrue(!reply.body().contains("password"), "the password never comes back");

        var signedIn = anonymous().as(email.toUpperCase(), "a long pass phrase").get("/members");
        assertEquals(403, signedIn.status(), "signed in (not 401), but a customer may not see members");
    }

    @Test
    void anOrganisationSignsUp() {
        var reply = anonymous().post("/customers", """
                {"name": "Office Manager", "email": "%s", "password": "another long one",
                 "address": {"line1": "15 Tweedy Road", "town": "Bromley", "postcode": "BR1 3NF"},
                 "organisation": "Youth Counselling"}""".formatted(Api.uniqueEmail("charity")));
        assertEquals(201, reply.status(), reply.toString());
        assertEquals("ORGANISATION", reply.object().getString("kind"));
    }

    @Test
    void missingOrBadDetailsAreAllNamed() {
        var empty = anonymous().post("/customers", "{}");
        assertEquals(422, empty.status(), empty.toString());
        assertEquals(Set.of("name", "email", "password", "address.line1", "address.town", "address.postcode"),
                fields(empty.object()));

        var bad = anonymous().post("/customers", """
                {"name": "Pat", "email": "pat@", "password": "short",
                 "address": {"line1": "1 High St", "town": "Bromley", "postcode": "BR1"}}""");
        assertEquals(422, bad.status());
        assertEquals(Set.of("email", "password", "address.postcode"), fields(bad.object()));
    }

    @Test
    void anEmailAlreadyInUseIsAConflict() {
        var reply = anonymous().post("/customers", """
                {"name": "Copycat", "email": "Customer@Demo.coop", "password": "long enough pass",
                 "address": {"line1": "1 High St", "town": "Bromley", "postcode": "BR1 1AA"}}""");
        assertEquals(409, reply.status(), reply.toString());
        assertEquals("/problems/email-taken", reply.object().getString("type"));
    }
}
