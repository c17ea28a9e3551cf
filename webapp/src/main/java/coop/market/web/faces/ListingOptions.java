package coop.market.web.faces;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The options a customer picked in a trade's form fragment, as the services take them. */
final class ListingOptions {

    private ListingOptions() {
    }

    /** Lists rather than arrays (several boxes ticked); empty fields are left out so they take their defaults. */
    static Map<String, Object> raw(Map<String, Object> options) {
        Map<String, Object> raw = new LinkedHashMap<>();
        options.forEach((name, value) -> {
            if (value instanceof Object[] array) {
                raw.put(name, Arrays.asList(array));
            } else if (value != null) {
                raw.put(name, value);
            }
        });
        return raw;
    }
}
