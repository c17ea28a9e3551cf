package coop.market.web.rest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Times on the wire: ISO-8601 with the co-op's offset at that moment, e.g. 2027-03-29T10:00:00+01:00.
 * Written by hand rather than with a {@code DateTimeFormatter} pattern: an availability answer
 * holds over a thousand of them, and the pattern formatter was the largest cost of that request.
 */
final class Times {

    private Times() {
    }

    static String format(Instant instant, ZoneId zone) {
        if (instant == null) {
            return null;
        }
        ZoneOffset offset = zone.getRules().getOffset(instant);
        LocalDateTime local = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, offset);
        int year = local.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("A year of four digits is expected: " + instant);
        }
        StringBuilder out = new StringBuilder(25);
        digits(out, year, 4).append('-');
        digits(out, local.getMonthValue(), 2).append('-');
        digits(out, local.getDayOfMonth(), 2).append('T');
        digits(out, local.getHour(), 2).append(':');
        digits(out, local.getMinute(), 2).append(':');
        digits(out, local.getSecond(), 2);
        int seconds = offset.getTotalSeconds();
        out.append(seconds < 0 ? '-' : '+');
        int minutes = Math.abs(seconds) / 60;
        digits(out, minutes / 60, 2).append(':');
        return digits(out, minutes % 60, 2).toString();
    }

    private static StringBuilder digits(StringBuilder out, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(text);
    }
}
