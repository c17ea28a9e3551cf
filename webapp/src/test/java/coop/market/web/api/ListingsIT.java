package coop.market.web.api;

import static coop.market.web.api.MembersIT.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Trader;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListingsIT extends ArquillianIT {

    @Test
    void staffListAServiceWithDefaultsForEveryOptionLeftOut() {
        String member = newMember("cleaning");
        var created = staff().post("/listings", """
                {"memberId": "%s", "trade": "cleaning", "title": "Spotless homes", "description": "Weekly cleans.",
                 "price": {"minor": 1500, "currency": "GBP"}, "priceUnit": "HOUR", "attributes": {}}""".formatted(member));
        assertEquals(201, created.status(), created.toString());
        JsonObject listing = created.object();
        assertTrue(created.header("Location").endsWith("/api/v1/listings/" + listing.getString("id")));
        assertEquals(1500, listing.getJsonObject("price").getInt("minor"));
        assertEquals("GBP", listing.getJsonObject("price").getString("currency"));
        assertTrue(listing.getJsonObject("attributes").getBoolean("suppliesAvailable"));
        assertEquals(500, listing.getJsonObject("attributes").getJsonObject("suppliesSurcharge").getInt("minor"));

        var fetched = anonymous().get("/listings/" + listing.getString("id"));
        assertEquals(200, fetched.status(), "listings are public");
        assertEquals("Spotless homes", fetched.object().getString("title"));
        assertEquals("Test", fetched.object().getString("memberFirstName"));
    }

    @Test
    void staffListAProductFromStockOrMadeToOrder() {
        String member = newMember("crafts");
        var stocked = staff().post("/listings", """
                {"memberId": "%s", "trade": "crafts", "title": "Bird box", "description": "Cedar.",
                 "price": {"minor": 1800, "currency": "GBP"}, "priceUnit": "ITEM",
                 "attributes": {"delivery": true}, "stock": 5}""".formatted(member));
        assertEquals(201, stocked.status(), stocked.toString());
        assertEquals(5, stocked.object().getInt("stock"));
        assertFalse(stocked.object().getBoolean("madeToOrder"));

        var toOrder = staff().post("/listings", """
                {"memberId": "%s", "trade": "crafts", "title": "Blanket", "description": "Knitted to order.",
                 "price": {"minor": 3500, "currency": "GBP"}, "leadTimeDays": 14}""".formatted(member));
        assertEquals(201, toOrder.status(), toOrder.toString());
        assertTrue(toOrder.object().getBoolean("madeToOrder"));
        assertEquals(14, toOrder.object().getInt("leadTimeDays"));
        assertEquals("ITEM", toOrder.object().getString("priceUnit"), "the trade's own unit when none is given");
    }

    @Test
    void anInvalidListingIsRefusedWithFieldErrors() {
        String member = newMember("cleaning");
        var reply = staff().post("/listings", """
                {"memberId": "%s", "trade": "gardening", "title": "", "description": "x",
                 "price": {"minor": -5, "currency": "EUR"}, "priceUnit": "ITEM",
                 "attributes": {"colour": "blue", "tasks": ["juggling"]}, "stock": 3}""".formatted(member));
        assertEquals(422, reply.status(), reply.toString());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals("/problems/validation", reply.object().getString("type"));
        assertEquals(Set.of("trade", "title", "price.minor", "price.currency", "priceUnit", "attributes.colour",
                "attributes.tasks", "stock"), fields(reply.object()));

        var badValues = staff().post("/listings", """
                {"memberId": "%s", "trade": "cleaning", "title": "T", "description": "D",
                 "price": {"minor": 1000}, "attributes": {"suppliesAvailable": "sometimes",
                 "suppliesSurcharge": {"minor": 999999}}}""".formatted(member));
        assertEquals(422, badValues.status(), badValues.toString());
        assertEquals(Set.of("attributes.suppliesAvailable", "attributes.suppliesSurcharge"), fields(badValues.object()));

        var nobody = staff().post("/listings", """
                {"memberId": "no-such-member", "trade": "cleaning", "title": "T", "description": "D",
                 "price": {"minor": 1000}}""");
        assertEquals(422, nobody.status());
        assertEquals(Set.of("memberId"), fields(nobody.object()));
    }

    @Test
    void malformedOrMistypedJsonIsABadRequestNeverAServerError() {
        for (String body : List.of("{\"title\": ", "[1, 2", "not json at all", "{\"stock\": \"many\"}",
                "{\"memberId\": \"m\", \"price\": {\"minor\": \"lots\"}}")) {
            var reply = staff().post("/listings", body);
            assertEquals(400, reply.status(), body + " -> " + reply);
            assertEquals("application/problem+json", reply.contentType());
            assertEquals(400, reply.object().getInt("status"));
            assertFalse(reply.body().contains("Exception"), "no stack trace or exception name: " + reply.body());
        }
        assertEquals(400, staff().post("/listings", "").status(), "an empty body");
    }

    @Test
    void fractionsWhereWholeNumbersBelongAreRefusedNotRoundedAway() {
        String member = newMember("crafts");
        var reply = staff().post("/listings", """
                {"memberId": "%s", "trade": "crafts", "title": "Card", "description": "A card.",
                 "price": {"minor": 350.5, "currency": "GBP"}, "stock": 1.5}""".formatted(member));
        assertEquals(422, reply.status(), reply.toString());
        assertEquals(Set.of("price.minor", "stock"), fields(reply.object()));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAsUnsupported() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/listings"))
                .header("Content-Type", "text/plain")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("staff@demo.coop:demo-password".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build();
        HttpResponse<String> reply = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(415, reply.statusCode(), reply.body());
        assertEquals("application/problem+json", reply.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void onlyStaffMayList() {
        String body = "{\"memberId\": \"m\", \"trade\": \"cleaning\"}";
        assertEquals(401, anonymous().post("/listings", body).status());
        assertEquals(403, anonymous().asCustomer().post("/listings", body).status());
        assertEquals(403, anonymous().as("member@demo.coop", Api.DEMO_PASSWORD).post("/listings", body).status());
    }

    @Test
    void staffChangeAServiceAndWorkAlreadyBookedKeepsItsPriceWhileNewBookingsTakeTheNewOne() {
        Trader trader = newTrader("Lena Price", "cleaning", 1800);
        String customer = signUp(Api.uniqueEmail("lena-customer"), null);
        LocalDate today = LocalDate.now(LONDON);
        done(trader, customer, today.minusDays(3) + "T10:00", 60);
        String before = record(trader, customer, today.minusDays(2) + "T10:00", 120);

        var changed = staff().put("/listings/" + trader.listing(), """
                {"title": "Deep cleans", "description": "Kitchens and bathrooms.",
                 "price": {"minor": 2400, "currency": "GBP"}, "priceUnit": "HOUR",
                 "attributes": {"suppliesAvailable": false}}""");

        assertEquals(200, changed.status(), changed.toString());
        JsonObject listing = changed.object();
        assertEquals("Deep cleans", listing.getString("title"));
        assertEquals(2400, listing.getJsonObject("price").getInt("minor"));
        assertFalse(listing.getJsonObject("attributes").getBoolean("suppliesAvailable"));
        assertTrue(listing.getBoolean("active"));
        assertEquals("Deep cleans", anonymous().get("/listings/" + trader.listing()).object().getString("title"));
        assertEquals(3600, staff().get("/bookings/" + before).object().getJsonObject("price").getInt("minor"),
                "booked at GBP 18.00 an hour for two hours, before the change");
        String after = record(trader, customer, today.minusDays(1) + "T10:00", 120);
        assertEquals(4800, staff().get("/bookings/" + after).object().getJsonObject("price").getInt("minor"));
        assertEquals(1800, invoiceOf(customer).getJsonObject("total").getInt("minor"),
                "the hour done before the change is invoiced at its price then");
        List<JsonObject> audit = staff().get("/members/" + trader.id() + "/audit").array()
                .getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(entry -> entry.getString("action").equals("listing.changed")
                && entry.getString("detail").contains("price £18.00 an hour -> £24.00 an hour")
                && entry.getString("by").equals("staff@demo.coop")), audit.toString());
    }

    @Test
    void aProductsStockAndPriceChangeWithoutTouchingOrdersAlreadyPlaced() {
        String member = newMember("crafts");
        String box = listing(member, "crafts", "Bird box", 1800, 5);
        String email = Api.uniqueEmail("box-buyer");
        signUp(email, null);
        var placed = anonymous().as(email, PASSWORD).post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": 2}], "fulfilment": "COLLECT"}""".formatted(box));
        assertEquals(201, placed.status(), placed.toString());
        assertEquals(3, anonymous().get("/listings/" + box).object().getInt("stock"));

        var changed = staff().put("/listings/" + box, """
                {"title": "Bird box", "description": "Cedar, with a 32 mm hole.",
                 "price": {"minor": 2500, "currency": "GBP"}, "stock": 10, "leadTimeDays": 3}""");

        assertEquals(200, changed.status(), changed.toString());
        assertEquals(10, changed.object().getInt("stock"));
        assertEquals(3, changed.object().getInt("leadTimeDays"));
        assertEquals(2500, changed.object().getJsonObject("price").getInt("minor"));
        JsonObject order = staff().get("/orders/" + placed.object().getString("id")).object();
        assertEquals(3600, order.getJsonObject("total").getInt("minor"), "two at GBP 18.00, as ordered");

        var madeToOrder = staff().put("/listings/" + box, """
                {"title": "Bird box", "description": "Made when ordered.",
                 "price": {"minor": 2500, "currency": "GBP"}, "stock": null}""");
        assertTrue(madeToOrder.object().getBoolean("madeToOrder"), madeToOrder.toString());
    }

    @Test
    void aWithdrawnListingLeavesTheShopKeepsItsBookingsAndComesBack() {
        Trader trader = newTrader("Wendy Withdrawn", "cleaning");
        String customer = signUp(Api.uniqueEmail("wendy-customer"), null);
        String booking = record(trader, customer, LocalDate.now(LONDON).minusDays(1) + "T10:00", 60);
        String body = """
                {"title": "Wendy Withdrawn", "description": "Local work.", "price": {"minor": 1800, "currency": "GBP"},
                 "active": %s}""";

        var withdrawn = staff().put("/listings/" + trader.listing(), body.formatted("false"));

        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertFalse(withdrawn.object().getBoolean("active"));
        assertEquals(404, anonymous().get("/listings/" + trader.listing()).status());
        assertEquals(Set.of(), ids(anonymous().get("/listings?q=Wendy%20Withdrawn")));
        assertEquals(404, staff().post("/bookings", """
                {"listingId": "%s", "customerId": "%s", "start": "%sT10:00", "durationMinutes": 60}"""
                .formatted(trader.listing(), customer, LocalDate.now(LONDON).minusDays(2))).status());
        assertEquals(200, staff().get("/bookings/" + booking).status(), "its bookings stay");

        var back = staff().put("/listings/" + trader.listing(), body.formatted("true"));
        assertTrue(back.object().getBoolean("active"), back.toString());
        assertEquals(Set.of(trader.listing()), ids(anonymous().get("/listings?q=Wendy%20Withdrawn")));
    }

    @Test
    void aBadChangeIsRefusedWithFieldErrorsAndChangesNothingAndAnUnknownListingIsNotFound() {
        String member = newMember("cleaning");
        String listing = listing(member, "cleaning", "Tidy homes", 1500, null);

        var reply = staff().put("/listings/" + listing, """
                {"title": " ", "description": "D", "price": {"minor": -5, "currency": "GBP"}, "priceUnit": "ITEM",
                 "attributes": {"suppliesAvailable": "sometimes"}, "stock": 3, "leadTimeDays": 2}""");

        assertEquals(422, reply.status(), reply.toString());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(Set.of("title", "price.minor", "priceUnit", "attributes.suppliesAvailable", "stock",
                "leadTimeDays"), fields(reply.object()));
        JsonObject unchanged = anonymous().get("/listings/" + listing).object();
        assertEquals("Tidy homes", unchanged.getString("title"));
        assertEquals(1500, unchanged.getJsonObject("price").getInt("minor"));

        var missing = staff().put("/listings/no-such-listing", """
                {"title": "T", "description": "D", "price": {"minor": 100, "currency": "GBP"}}""");
        assertEquals(404, missing.status(), missing.toString());
        assertEquals("application/problem+json", missing.contentType());
        assertEquals(403, anonymous().asCustomer().put("/listings/" + listing, "{}").status());
        assertEquals(401, anonymous().put("/listings/" + listing, "{}").status());
    }

    @Test
    void customersFindListingsByTradePostcodeAndWords() {
        String word = "zebra" + UUID.randomUUID().toString().substring(0, 6);
        String cleaner = newMember("cleaning");
        String crafter = newMember("crafts");
        String cleaning = listing(cleaner, "cleaning", "Cleaning with " + word, 1400, null);
        String craft = listing(crafter, "crafts", "Card for " + word, 300, 10);

        assertEquals(Set.of(cleaning, craft), ids(anonymous().get("/listings?q=" + word.toUpperCase())));
        assertEquals(Set.of(cleaning), ids(anonymous().get("/listings?trade=cleaning&q=" + word)));
        assertEquals(Set.of(cleaning, craft), ids(anonymous().get("/listings?postcode=BR5%202XY&q=" + word)),
                "the cleaner works in BR5; crafts are shown everywhere");
        assertEquals(Set.of(craft), ids(anonymous().get("/listings?postcode=SE1&q=" + word)),
                "nobody cleans in SE1 but the craft can still be bought");
        assertEquals(Set.of(), ids(anonymous().get("/listings?q=" + word + "%25")), "% is not a wildcard");
    }

    @Test
    void badFiltersAreExplainedAndUnknownListingsAreNotFound() {
        var trade = anonymous().get("/listings?trade=juggling");
        assertEquals(422, trade.status());
        assertEquals(Set.of("trade"), fields(trade.object()));
        var postcode = anonymous().get("/listings?postcode=nowhere");
        assertEquals(422, postcode.status());
        assertEquals(Set.of("postcode"), fields(postcode.object()));
        var missing = anonymous().get("/listings/no-such-listing");
        assertEquals(404, missing.status());
        assertEquals("application/problem+json", missing.contentType());
    }

    private String listing(String member, String trade, String title, long price, Integer stock) {
        var reply = staff().post("/listings", """
                {"memberId": "%s", "trade": "%s", "title": "%s", "description": "Test listing",
                 "price": {"minor": %d, "currency": "GBP"}, "stock": %s}""".formatted(member, trade, title, price,
                stock == null ? "null" : stock.toString()));
        assertEquals(201, reply.status(), reply.toString());
        return reply.object().getString("id");
    }

    private static Set<String> ids(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.array().getValuesAs(JsonObject.class).stream().map(l -> l.getString("id"))
                .collect(java.util.stream.Collectors.toSet());
    }
}
