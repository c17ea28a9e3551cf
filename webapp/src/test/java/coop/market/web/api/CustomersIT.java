package coop.market.web.api;

import static coop.market.web.api.MembersIT.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Trader;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

    @Test
    void staffCorrectACustomersDetailsAndTheyThenSignInWithTheNewAddress() {
        String oldEmail = Api.uniqueEmail("moving");
        String customer = signUp(oldEmail, null);
        String newEmail = Api.uniqueEmail("moved");

        var changed = staff().put("/customers/" + customer, """
                {"name": "Pat Price-Jones", "email": "%s",
                 "address": {"line1": "Unit 4, The Walnuts", "line2": "High Street", "town": "Orpington",
                             "postcode": "br6 0tw"},
                 "organisation": "Orpington Youth Club", "invoiceApproved": true}""".formatted(newEmail.toUpperCase()));

        assertEquals(200, changed.status(), changed.toString());
        JsonObject details = changed.object();
        assertEquals("Pat Price-Jones", details.getString("name"));
        assertEquals(newEmail, details.getString("email"));
        assertEquals("ORGANISATION", details.getString("kind"));
        assertEquals("Orpington Youth Club", details.getString("organisation"));
        assertEquals("BR6 0TW", details.getJsonObject("address").getString("postcode"));
        assertEquals("High Street", details.getJsonObject("address").getString("line2"));
        assertTrue(details.getBoolean("invoiceApproved"));
        assertEquals(200, anonymous().as(newEmail, PASSWORD).get("/me/session").status(),
                "they sign in with the new address");
        assertEquals(401, anonymous().as(oldEmail, PASSWORD).get("/me/session").status());
    }

    @Test
    void anAddressSomeoneElseUsesAHouseholdOnTermsAndMissingDetailsAreNamedAndChangeNothing() {
        String email = Api.uniqueEmail("keeping");
        String customer = signUp(email, null);

        var taken = staff().put("/customers/" + customer, """
                {"name": "Pat", "email": "Customer@Demo.coop",
                 "address": {"line1": "2 Elm Road", "town": "Orpington", "postcode": "BR6 0AB"},
                 "invoiceApproved": true}""");
        assertEquals(422, taken.status(), taken.toString());
        assertEquals("application/problem+json", taken.contentType());
        assertEquals(Set.of("email", "invoiceApproved"), fields(taken.object()));
        assertTrue(taken.body().contains("Someone else already uses Customer@Demo.coop"), taken.body());

        var empty = staff().put("/customers/" + customer, "{}");
        assertEquals(422, empty.status());
        assertEquals(Set.of("name", "email", "address.line1", "address.town", "address.postcode"),
                fields(empty.object()));
        assertEquals(200, anonymous().as(email, PASSWORD).get("/me/session").status(), "nothing changed");

        assertEquals(404, staff().put("/customers/no-such-customer", "{}").status());
        assertEquals(403, anonymous().asCustomer().put("/customers/" + customer, "{}").status());
        assertEquals(401, anonymous().put("/customers/" + customer, "{}").status());
    }

    @Test
    void anInvoiceAlreadyIssuedKeepsTheNameAndAddressItWasMadeOutTo() throws Exception {
        Trader trader = newTrader("Ivo Invoice", "cleaning");
        String customer = signUp(Api.uniqueEmail("invoiced"), null);
        done(trader, customer, LocalDate.now(LONDON).minusDays(2) + "T10:00", 60);
        String invoice = invoiceOf(customer).getString("id");

        var changed = staff().put("/customers/" + customer, """
                {"name": "Patricia Newname", "email": "%s",
                 "address": {"line1": "9 Station Road", "town": "Bromley", "postcode": "BR1 1AA"}}"""
                .formatted(Api.uniqueEmail("renamed")));
        assertEquals(200, changed.status(), changed.toString());

        String pdf = text(staff().getBytes("/invoices/" + invoice + "/pdf", "application/pdf").body());
        assertTrue(pdf.contains("Pat Price") && pdf.contains("2 Elm Road") && pdf.contains("BR6 0AB"), pdf);
        assertFalse(pdf.contains("Patricia Newname") || pdf.contains("9 Station Road"), pdf);
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
