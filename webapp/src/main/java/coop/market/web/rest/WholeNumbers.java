package coop.market.web.rest;

import coop.market.domain.shared.FieldErrors;
import java.math.BigDecimal;

/**
 * Whole numbers from JSON, checked. JSON-B would quietly turn 1.5 into 1; reading a decimal and
 * checking it means a fraction where a count or pence belongs is refused, never truncated.
 */
final class WholeNumbers {

    private WholeNumbers() {
    }

    static Long toLong(String field, BigDecimal value, FieldErrors errors) {
        if (value == null) {
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            errors.add(field, "Use a whole number");
            return null;
        }
    }

    static Integer toInteger(String field, BigDecimal value, FieldErrors errors) {
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            errors.add(field, "Use a whole number");
            return null;
        }
    }
}
