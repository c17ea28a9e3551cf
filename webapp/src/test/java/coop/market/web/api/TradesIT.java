package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TradesIT extends ArquillianIT {

    @Test
    void listsTheTradesInTheBoxWithTheirKindsAndATradeAddedOnlyAsAJar() {
        var reply = Api.anonymous(base).get("/trades");
        assertEquals(200, reply.status(), reply.toString());
        Map<String, String> kinds = reply.array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(t -> t.getString("code"), t -> t.getString("kind")));
        assertEquals("SERVICE", kinds.get("cleaning"));
        assertEquals("SERVICE", kinds.get("gardening"));
        assertEquals("PRODUCT", kinds.get("crafts"));
        assertEquals("SERVICE", kinds.get("window-cleaning"), "the test-only plugin jar is discovered at runtime");
    }

    @Test
    void describesEachTradesListingAttributes() {
        JsonObject cleaning = Api.anonymous(base).get("/trades").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("cleaning")).findFirst().orElseThrow();
        var attributes = cleaning.getJsonArray("listingAttributes").getValuesAs(JsonObject.class);
        assertTrue(attributes.stream().anyMatch(a -> a.getString("name").equals("suppliesSurcharge")
                && a.getString("type").equals("MONEY") && !a.getBoolean("required")));
    }
}
