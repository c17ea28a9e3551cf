package coop.market.application;

import coop.market.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the last day of a period to invoice or pay out: a date, and not after today (nothing later has happened). */
final class PeriodEnds {

    private PeriodEnds() {
    }

    static LocalDate read(String text, LocalDate today) {
        LocalDate end;
        try {
            end = LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("periodEnd", "Use a date like 2027-01-31");
        }
        if (end.isAfter(today)) {
            throw new InvalidInputException("periodEnd", "The period cannot end after today");
        }
        return end;
    }
}
