package coop.market.spi;

import coop.market.domain.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Turns one raw value into the typed value its definition asks for, or says why it cannot. */
final class AttributeConversion {

    private AttributeConversion() {
    }

    static Object convert(AttributeDefinition definition, Object value, Currency currency) {
        return switch (definition.type()) {
            case INTEGER -> withinBounds(definition, wholeNumber(value), "");
            case BOOLEAN -> yesNo(value);
            case TEXT -> text(definition, value);
            case CHOICE -> oneOf(definition, value);
            case CHOICES -> manyOf(definition, value);
            case MONEY -> money(definition, value, currency);
        };
    }

    private static long wholeNumber(Object value) {
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString());
            if (decimal.stripTrailingZeros().scale() <= 0) {
                try {
                    return decimal.longValueExact();
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException("Must be a smaller number");
                }
            }
        }
        if (value instanceof String text && text.trim().matches("-?\\d{1,18}")) {
            return Long.parseLong(text.trim());
        }
        throw new IllegalArgumentException("Must be a whole number");
    }

    private static long withinBounds(AttributeDefinition definition, long number, String unit) {
        if (definition.min() != null && number < definition.min()) {
            throw new IllegalArgumentException("Must be at least " + definition.min() + unit);
        }
        if (definition.max() != null && number > definition.max()) {
            throw new IllegalArgumentException("Must be at most " + definition.max() + unit);
        }
        return number;
    }

    private static boolean yesNo(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean((String) value);
        }
        throw new IllegalArgumentException("Must be true or false");
    }

    private static String text(AttributeDefinition definition, Object value) {
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("Must be text");
        }
        String trimmed = text.strip();
        if (definition.maxLength() != null && trimmed.length() > definition.maxLength()) {
            throw new IllegalArgumentException("Must be " + definition.maxLength() + " characters or fewer");
        }
        return trimmed;
    }

    private static String oneOf(AttributeDefinition definition, Object value) {
        if (value instanceof String text && definition.choices().contains(text)) {
            return text;
        }
        throw new IllegalArgumentException("Must be one of " + String.join(", ", definition.choices()));
    }

    private static List<String> manyOf(AttributeDefinition definition, Object value) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("Must be a list of " + String.join(", ", definition.choices()));
        }
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (Object item : list) {
            chosen.add(oneOf(definition, item));
        }
        return List.copyOf(new ArrayList<>(chosen));
    }

    private static Money money(AttributeDefinition definition, Object value, Currency currency) {
        if (!(value instanceof Map<?, ?> map) || !map.containsKey("minor")) {
            throw new IllegalArgumentException("Must be an amount like {\"minor\": 500, \"currency\": \""
                    + currency.getCurrencyCode() + "\"}");
        }
        Object code = map.get("currency");
        if (code != null && !currency.getCurrencyCode().equals(code)) {
            throw new IllegalArgumentException("Must be in " + currency.getCurrencyCode());
        }
        long minor = withinBounds(definition, wholeNumber(map.get("minor")), " pence");
        return Money.ofMinor(minor, currency);
    }
}
