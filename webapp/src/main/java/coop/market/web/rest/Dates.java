package coop.market.web.rest;

import coop.market.domain.shared.FieldErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates from query parameters (YYYY-MM-DD), read by hand so a bad one is a 422 naming it. */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String field, String text, LocalDate fallback, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "Use a date like 2027-05-12");
            return fallback;
        }
    }
}
