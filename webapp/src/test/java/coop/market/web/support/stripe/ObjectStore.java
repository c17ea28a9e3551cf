package coop.market.web.support.stripe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every object the fake has made, by id, as the maps it answers with, and a count of how many of
 * each kind were made, so a test can prove a replayed request made nothing new. Not thread-safe:
 * {@link Account} guards it.
 */
final class ObjectStore {

    private final Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
    private final Map<String, Integer> createdByKind = new HashMap<>();

    /** Starts a new object with the fields every Stripe object has. */
    Map<String, Object> create(String objectType, String idPrefix) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", Ids.next(idPrefix));
        object.put("object", objectType);
        object.put("created", Instant.now().getEpochSecond());
        object.put("livemode", false);
        byId.put((String) object.get("id"), object);
        createdByKind.merge(objectType, 1, Integer::sum);
        return object;
    }

    /** The object with this id if it is of this type, else null. */
    Map<String, Object> find(String objectType, String id) {
        Map<String, Object> object = byId.get(id);
        return object != null && objectType.equals(object.get("object")) ? object : null;
    }

    /** The object a parameter names, or the 400 Stripe gives for a parameter naming nothing. */
    Map<String, Object> require(String objectType, String id, String param) {
        Map<String, Object> object = find(objectType, id);
        if (object == null) {
            throw StripeError.noSuch(400, objectType, id, param);
        }
        return object;
    }

    List<Map<String, Object>> all(String objectType) {
        List<Map<String, Object>> found = new ArrayList<>();
        byId.values().stream().filter(object -> objectType.equals(object.get("object"))).forEach(found::add);
        return found;
    }

    int created(String objectType) {
        return createdByKind.getOrDefault(objectType, 0);
    }

    /**
     * A copy with the named fields (ids of other objects) replaced by those objects, as Stripe's
     * {@code expand[]} does. Only one level deep: the fake has no use for more.
     */
    Map<String, Object> expanded(Map<String, Object> object, List<String> fields) {
        Map<String, Object> copy = new LinkedHashMap<>(object);
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            Object id = object.get(field);
            if (!object.containsKey(field) || (id != null && !byId.containsKey(id.toString()))) {
                throw StripeError.invalid("expand[" + i + "]", "This property cannot be expanded (" + field + ").");
            }
            copy.put(field, id == null ? null : byId.get(id.toString()));
        }
        return copy;
    }

    /** An empty list object, such as a new charge's refunds, in Stripe's list shape. */
    static Map<String, Object> emptyList(String url) {
        Map<String, Object> list = list(url, new ArrayList<>(), false);
        list.put("total_count", 0L);
        return list;
    }

    /**
     * One page of a list in Stripe's shape: the objects, whether more follow, and the address the next page is
     * asked at (stripe-java's auto-paging asks it again with {@code starting_after} the page's last id).
     */
    static Map<String, Object> list(String url, List<Map<String, Object>> data, boolean hasMore) {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("object", "list");
        list.put("data", data);
        list.put("has_more", hasMore);
        list.put("url", url);
        return list;
    }

    void clear() {
        byId.clear();
        createdByKind.clear();
    }
}
