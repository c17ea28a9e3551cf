package coop.market.spi;

import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checked, typed values of a trade's attributes: every defined attribute has a value (given or
 * default), and nothing undefined is present. Built only by {@link #parse}, so a trade never
 * sees an unchecked value.
 */
public final class AttributeValues {

    private final Map<String, Object> values;

    private AttributeValues(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** The result of checking raw values: the values if all is well, otherwise every problem. */
    public record Parsed(AttributeValues values, List<FieldError> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks raw values (as they arrive from JSON or a form: numbers, strings, booleans, lists,
     * and {@code {minor, currency}} maps for money) against the definitions.
     *
     * @param fieldPrefix prefix for problem field names, e.g. {@code attributes}
     */
    public static Parsed parse(List<AttributeDefinition> definitions, Map<String, ?> raw, Currency currency,
            String fieldPrefix) {
        Map<String, ?> given = raw == null ? Map.of() : raw;
        List<FieldError> problems = new ArrayList<>();
        Map<String, Object> result = new LinkedHashMap<>();
        Set<String> known = new LinkedHashSet<>();
        for (AttributeDefinition definition : definitions) {
            known.add(definition.name());
            String field = fieldPrefix + "." + definition.name();
            Object value = given.get(definition.name());
            if (value == null) {
                if (definition.required()) {
                    problems.add(new FieldError(field, definition.label() + " is required"));
                } else {
                    result.put(definition.name(), definition.defaultValue());
                }
                continue;
            }
            try {
                result.put(definition.name(), AttributeConversion.convert(definition, value, currency));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldError(field, e.getMessage()));
            }
        }
        for (String name : given.keySet()) {
            if (!known.contains(name)) {
                problems.add(new FieldError(fieldPrefix + "." + name, "Unknown option \"" + name + "\""));
            }
        }
        return new Parsed(problems.isEmpty() ? new AttributeValues(result) : null, List.copyOf(problems));
    }

    /** The defaults of every definition: what a listing or booking that says nothing gets. */
    public static AttributeValues defaults(List<AttributeDefinition> definitions) {
        Map<String, Object> result = new LinkedHashMap<>();
        definitions.forEach(d -> result.put(d.name(), d.defaultValue()));
        return new AttributeValues(result);
    }

    public long integer(String name) {
        return get(name, Long.class);
    }

    public boolean yesNo(String name) {
        return get(name, Boolean.class);
    }

    public String text(String name) {
        return get(name, String.class);
    }

    @SuppressWarnings("unchecked")
    public List<String> choices(String name) {
        return get(name, List.class);
    }

    public Money money(String name) {
        return get(name, Money.class);
    }

    /** Every value by name, in definition order; for storing and showing. */
    public Map<String, Object> asMap() {
        return values;
    }

    private <T> T get(String name, Class<T> type) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No attribute " + name);
        }
        return type.cast(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttributeValues other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
