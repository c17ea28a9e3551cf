package coop.market.web.support.stripe;

import jakarta.json.Json;
import java.util.Map;

/**
 * Writes the fake's objects (maps of strings, numbers, booleans, nulls, lists and maps) as JSON.
 * Uses Jakarta JSON Processing because Gson reaches the tests only at run time, not to compile against.
 */
final class JsonText {

    private JsonText() {
    }

    static String write(Map<String, ?> object) {
        return Json.createObjectBuilder(object).build().toString();
    }
}
