package coop.market.application;

import coop.market.domain.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads times as the API contract allows: with an offset ("2027-03-29T10:00:00+01:00"), or as a
 * local time in the co-op's zone ("2027-03-29T10:00"). A local time the clocks skip does not
 * exist and is refused; one the clocks repeat means its first occurrence.
 */
public final class LocalTimes {

    private LocalTimes() {
    }

    public static Instant parse(String field, String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "Please give a date and time like 2027-05-12T09:00");
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(text.strip());
                if (zone.getRules().getValidOffsets(local).isEmpty()) {
                    throw new InvalidInputException(field, "The clocks go forward then: " + local.toLocalTime()
                            + " does not exist on " + local.toLocalDate());
                }
                return local.atZone(zone).toInstant();
            } catch (DateTimeParseException neither) {
                throw new InvalidInputException(field, "Please give a date and time like 2027-05-12T09:00");
            }
        }
    }
}
