package coop.market.web.rest;

import coop.market.domain.shared.FieldErrors;

/**
 * Offset and limit from query parameters, read by hand: JAX-RS would answer a non-number with a
 * bare 404, where the caller deserves a 422 saying which parameter is wrong.
 */
public record Paging(int offset, int limit) {

    public static Paging of(String offset, String limit, int defaultLimit, int maxLimit) {
        FieldErrors errors = new FieldErrors();
        int from = number("offset", offset, 0, 0, Integer.MAX_VALUE, errors);
        int size = number("limit", limit, defaultLimit, 1, maxLimit, errors);
        errors.throwIfAny();
        return new Paging(from, size);
    }

    private static int number(String name, String text, int fallback, int min, int max, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(name, "Use a whole number from " + min + " to " + max);
        return fallback;
    }
}
