package coop.market.web.support.stripe;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Stripe's form encoding, where brackets nest: {@code metadata[invoice_id]=7} becomes a map
 * under "metadata", and {@code expand[0]=latest_charge} (or {@code expand[]=...}) becomes a list.
 * Values stay strings, as they arrive; {@link Params} reads them as numbers or flags where wanted.
 */
final class FormBody {

    private FormBody() {
    }

    static Map<String, Object> parse(String encoded) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return root;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            put(root, path(name), value);
        }
        return listsWhereIndexed(root);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** {@code a[b][]} gives [a, b, ""]; the empty step means "append". */
    private static List<String> path(String name) {
        int open = name.indexOf('[');
        if (open < 0) {
            return List.of(name);
        }
        List<String> steps = new ArrayList<>();
        steps.add(name.substring(0, open));
        int at = open;
        while (at < name.length()) {
            int close = name.indexOf(']', at);
            if (name.charAt(at) != '[' || close < 0) {
                throw StripeError.invalid(name, "Invalid parameter name: " + name);
            }
            steps.add(name.substring(at + 1, close));
            at = close + 1;
        }
        return steps;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, List<String> steps, String value) {
        Map<String, Object> node = root;
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i).isEmpty() ? String.valueOf(node.size()) : steps.get(i);
            boolean last = i == steps.size() - 1;
            Object existing = node.get(step);
            if (last) {
                if (existing instanceof Map) {
                    throw StripeError.invalid(steps.get(0), "Invalid hash for parameter " + steps.get(0));
                }
                node.put(step, value);
            } else if (existing == null) {
                Map<String, Object> child = new LinkedHashMap<>();
                node.put(step, child);
                node = child;
            } else if (existing instanceof Map) {
                node = (Map<String, Object>) existing;
            } else {
                throw StripeError.invalid(steps.get(0), "Invalid hash for parameter " + steps.get(0));
            }
        }
    }

    /**
     * Turns maps keyed 0, 1, 2... into lists, as Stripe reads them. Metadata is left a map whatever
     * its keys, since "0" is a fair metadata key.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> listsWhereIndexed(Map<String, Object> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> result.put(key, value instanceof Map<?, ?> child && !key.equals("metadata")
                ? listOrMap(listsWhereIndexed((Map<String, Object>) child))
                : value));
        return result;
    }

    private static Object listOrMap(Map<String, Object> map) {
        for (int i = 0; i < map.size(); i++) {
            if (!map.containsKey(String.valueOf(i))) {
                return map;
            }
        }
        return map.isEmpty() ? map : new ArrayList<>(map.values());
    }
}
