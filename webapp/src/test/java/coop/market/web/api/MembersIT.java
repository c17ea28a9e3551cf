package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MembersIT extends ArquillianIT {

    @Test
    void staffRegisterAMemberAndFindThemAgain() {
        String email = Api.uniqueEmail("daniel");
        var created = staff().post("/members", """
                {"displayName": "Daniel Test", "email": "%s", "trades": ["cleaning", "gardening"],
                 "serviceArea": {"postcodes": ["br5 3ab", "BR6"]}}""".formatted(email));
        assertEquals(201, created.status(), created.toString());
        JsonObject member = created.object();
        String id = member.getString("id");
        assertTrue(created.header("Location").endsWith("/api/v1/members/" + id), created.header("Location"));
        assertEquals("Daniel Test", member.getString("displayName"));
        assertEquals(email, member.getString("email"));
        assertEquals("ACTIVE", member.getString("status"));
        assertEquals(List.of("cleaning", "gardening"), strings(member.getJsonArray("trades").getValuesAs(JsonString.class)));
        assertEquals(List.of("BR5", "BR6"), strings(member.getJsonObject("serviceArea").getJsonArray("postcodes")
                .getValuesAs(JsonString.class)), "full postcodes are cut to their district");

        var fetched = staff().get("/members/" + id);
        assertEquals(200, fetched.status());
        assertEquals(email, fetched.object().getString("email"));
        var page = staff().get("/members?limit=2").array().getValuesAs(JsonObject.class);
        assertEquals(2, page.size(), "paged in the database");
        assertTrue(page.get(0).getString("displayName").compareTo(page.get(1).getString("displayName")) <= 0,
                "in name order");
    }

    @Test
    void refusesMissingAndWrongDetailsWithEveryFieldNamed() {
        var reply = staff().post("/members", "{}");
        assertEquals(422, reply.status(), reply.toString());
        assertEquals("application/problem+json", reply.contentType());
        Set<String> fields = fields(reply.object());
        assertTrue(fields.containsAll(Set.of("displayName", "email", "trades")), fields.toString());

        var unknown = staff().post("/members", """
                {"displayName": "X", "email": "not-an-email", "trades": ["juggling"],
                 "serviceArea": {"postcodes": ["???"]}}""");
        assertEquals(422, unknown.status(), unknown.toString());
        assertEquals(Set.of("email", "trades[0]", "serviceArea.postcodes[0]"), fields(unknown.object()));
    }

    @Test
    void aSecondMemberWithTheSameEmailIsAConflict() {
        String email = Api.uniqueEmail("twin");
        String body = """
                {"displayName": "Twin", "email": "%s", "trades": ["crafts"]}""".formatted(email);
        assertEquals(201, staff().post("/members", body).status());
        var again = staff().post("/members", body);
        assertEquals(409, again.status(), again.toString());
        assertEquals("/problems/email-taken", again.object().getString("type"));
    }

    @Test
    void onlyStaffMayRegisterOrSeeMembers() {
        String body = """
                {"displayName": "Nobody", "email": "%s", "trades": ["crafts"]}""".formatted(Api.uniqueEmail("x"));
        var anonymous = anonymous().post("/members", body);
        assertEquals(401, anonymous.status(), anonymous.toString());
        assertEquals("application/problem+json", anonymous.contentType());
        assertNotNull(anonymous.header("WWW-Authenticate"));

        var customer = anonymous().asCustomer().post("/members", body);
        assertEquals(403, customer.status(), customer.toString());
        assertEquals("application/problem+json", customer.contentType());

        assertEquals(403, anonymous().as("member@demo.coop", Api.DEMO_PASSWORD).get("/members").status());
        assertEquals(401, anonymous().get("/members").status());
        assertEquals(401, anonymous().as("staff@demo.coop", "wrong-password").get("/members").status());
        assertEquals(200, anonymous().as("admin@demo.coop", Api.DEMO_PASSWORD).get("/members").status(),
                "admins can do what staff can");
    }

    @Test
    void staffChangeAMembersDetailsAndTheChangeIsAudited() {
        String id = newMember("cleaning");
        String email = Api.uniqueEmail("renamed");
        var changed = staff().put("/members/" + id, """
                {"displayName": "Daniel Renamed", "email": "%s", "trades": ["cleaning", "gardening"],
                 "serviceArea": {"postcodes": ["BR6 1AA", "BR5"]}, "story": "I love hedges."}""".formatted(email));
        assertEquals(200, changed.status(), changed.toString());
        JsonObject member = staff().get("/members/" + id).object();
        assertEquals("Daniel Renamed", member.getString("displayName"));
        assertEquals(email, member.getString("email"));
        assertEquals(List.of("cleaning", "gardening"), strings(member.getJsonArray("trades")
                .getValuesAs(JsonString.class)));
        assertEquals(List.of("BR5", "BR6"), strings(member.getJsonObject("serviceArea").getJsonArray("postcodes")
                .getValuesAs(JsonString.class)));
        String audit = staff().get("/members/" + id + "/audit").body();
        assertTrue(audit.contains("member.details-changed"), audit);
        assertTrue(audit.contains("Name: Test Member -> Daniel Renamed"), audit);
        assertTrue(audit.contains("Trades: cleaning -> cleaning, gardening"), audit);
    }

    @Test
    void changedDetailsAreCheckedAsRegisteringChecksThem() {
        String id = newMember("cleaning");
        var bad = staff().put("/members/" + id, """
                {"displayName": " ", "email": "nope", "trades": [], "serviceArea": {"postcodes": ["???"]}}""");
        assertEquals(422, bad.status(), bad.toString());
        assertEquals(Set.of("displayName", "email", "trades", "serviceArea.postcodes[0]"), fields(bad.object()));

        String taken = Api.uniqueEmail("taken");
        staff().post("/members", """
                {"displayName": "Other", "email": "%s", "trades": ["crafts"]}""".formatted(taken));
        var clash = staff().put("/members/" + id, """
                {"displayName": "Test Member", "email": "%s", "trades": ["cleaning"]}""".formatted(taken));
        assertEquals(409, clash.status(), clash.toString());
        assertEquals("/problems/email-taken", clash.object().getString("type"));
        var demoSignIn = staff().put("/members/" + id, """
                {"displayName": "Test Member", "email": "customer@demo.coop", "trades": ["cleaning"]}""");
        assertEquals(409, demoSignIn.status(), "someone else signs in with it: " + demoSignIn);

        assertEquals(404, staff().put("/members/no-such-member", """
                {"displayName": "X", "email": "%s", "trades": ["crafts"]}""".formatted(Api.uniqueEmail("x")))
                .status());
        assertEquals(403, anonymous().as("member@demo.coop", Api.DEMO_PASSWORD).put("/members/" + id, """
                {"displayName": "Me", "email": "%s", "trades": ["cleaning"]}""".formatted(Api.uniqueEmail("x")))
                .status(), "staff change members' details");
    }

    @Test
    void aTradeWithAListingInTheShopCannotBeTakenAway() {
        var trader = newTrader("Gill Gardener", "gardening");
        String memberEmail = staff().get("/members/" + trader.id()).object().getString("email");
        var refused = staff().put("/members/" + trader.id(), """
                {"displayName": "Gill Gardener", "email": "%s", "trades": ["cleaning"]}""".formatted(memberEmail));
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("/problems/trade-listed", refused.object().getString("type"));
        assertTrue(refused.object().getString("detail").contains("Gardening"), refused.toString());
        assertEquals(List.of("gardening"), strings(staff().get("/members/" + trader.id()).object()
                .getJsonArray("trades").getValuesAs(JsonString.class)), "nothing changed");
    }

    @Test
    void anUnknownMemberIsNotFound() {
        var reply = staff().get("/members/no-such-member");
        assertEquals(404, reply.status());
        assertEquals("application/problem+json", reply.contentType());
    }

    @Test
    void badPagingIsExplained() {
        var reply = staff().get("/members?limit=lots");
        assertEquals(422, reply.status());
        assertEquals(Set.of("limit"), fields(reply.object()));
    }

    static Set<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
    }

    private static List<String> strings(List<JsonString> values) {
        return values.stream().map(JsonString::getString).toList();
    }
}
