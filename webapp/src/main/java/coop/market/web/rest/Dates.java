package coop.market.web.rest;

import coop.market.domain.shared.FieldErrors;
import java.time.LocalDate;

/** Dates from query parameters (YYYY-MM-DD), read by hand so a bad one is a 422 naming it. */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String field, String text, LocalDate fallback, FieldErrors errors) {
        LocalDate day = errors.date(field, text, false);
        return day == null ? fallback : day;
    }
}
