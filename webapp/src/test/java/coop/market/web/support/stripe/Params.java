package coop.market.web.support.stripe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One request's parameters, read the way Stripe reads them: each reader refuses a missing or
 * malformed value with the error Stripe gives, naming the parameter.
 */
final class Params {

    private final Map<String, Object> values;

    Params(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * Refuses parameters this endpoint does not take. Stripe does the same ("Received unknown
     * parameter"); here it also catches real Stripe parameters the fake does not model, so a test
     * fails loudly instead of passing on behaviour the fake never had.
     */
    Params allowOnly(Set<String> names) {
        for (String name : values.keySet()) {
            if (!names.contains(name)) {
                throw StripeError.invalid(name, "Received unknown parameter: " + name
                        + " (this fake models only " + new TreeSet<>(names) + ")");
            }
        }
        return this;
    }

    String string(String name) {
        Object value = values.get(name);
        if (value != null && !(value instanceof String)) {
            throw StripeError.invalid(name, "Invalid string: " + name);
        }
        return value == null || ((String) value).isEmpty() ? null : (String) value;
    }

    String requiredString(String name) {
        String value = string(name);
        if (value == null) {
            throw StripeError.missingParam(name);
        }
        return value;
    }

    /** Three lower-case letters, as Stripe keeps currencies whatever case they were sent in. */
    String currency() {
        String currency = requiredString("currency").toLowerCase();
        if (!currency.matches("[a-z]{3}")) {
            throw StripeError.invalid("currency", "Invalid currency: " + currency);
        }
        return currency;
    }

    /** An amount in the currency's smallest unit (pence), at least 1. */
    Long amount() {
        String text = string("amount");
        if (text == null) {
            return null;
        }
        long amount;
        try {
            amount = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw StripeError.invalid("amount", "Invalid integer: " + text);
        }
        if (amount < 1) {
            throw StripeError.invalid("amount", "Invalid positive integer");
        }
        return amount;
    }

    long requiredAmount() {
        Long amount = amount();
        if (amount == null) {
            throw StripeError.missingParam("amount");
        }
        return amount;
    }

    /** How many objects a page of a list holds: 1 to 100, and 10 when not said, as at Stripe. */
    int limit() {
        String text = string("limit");
        if (text == null) {
            return 10;
        }
        int limit;
        try {
            limit = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw StripeError.invalid("limit", "Invalid integer: " + text);
        }
        if (limit < 1 || limit > 100) {
            throw StripeError.invalid("limit", "This value must be greater than or equal to 1 and less than or equal"
                    + " to 100.");
        }
        return limit;
    }

    /** Stripe's metadata: flat string keys and values, at most 50 keys of 40 characters, values of 500. */
    Map<String, String> metadata() {
        Object value = values.get("metadata");
        Map<String, String> metadata = new LinkedHashMap<>();
        if (value == null || "".equals(value)) {
            return metadata;
        }
        if (!(value instanceof Map<?, ?> map) || map.size() > 50) {
            throw StripeError.invalid("metadata", "Invalid metadata: must be a hash of at most 50 keys");
        }
        map.forEach((key, text) -> {
            if (!(text instanceof String string) || key.toString().length() > 40 || string.length() > 500) {
                throw StripeError.invalid("metadata[" + key + "]",
                        "Invalid metadata: keys up to 40 characters, values strings up to 500 characters");
            }
            metadata.put(key.toString(), string);
        });
        return metadata;
    }

    /** A nested hash such as {@code automatic_payment_methods[enabled]=true}, or null when absent. */
    @SuppressWarnings("unchecked")
    Map<String, Object> hash(String name) {
        Object value = values.get(name);
        if (value != null && !(value instanceof Map)) {
            throw StripeError.invalid(name, "Invalid hash: " + name);
        }
        return (Map<String, Object>) value;
    }

    /** A list such as {@code expand[0]=latest_charge&expand[1]=customer}, or null when absent. */
    List<String> strings(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            throw StripeError.invalid(name, "Invalid array: " + name);
        }
        List<String> strings = new ArrayList<>();
        list.forEach(item -> strings.add(item.toString()));
        return strings;
    }

    /** The fields to expand in the answer. */
    List<String> expand() {
        List<String> fields = strings("expand");
        return fields == null ? List.of() : fields;
    }
}
