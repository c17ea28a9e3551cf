package coop.market.infrastructure.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Writes a calendar of timed events as iCalendar (RFC 5545), ready to serve as
 * {@code text/calendar; charset=utf-8}: CRLF line endings, lines folded at 75 octets of UTF-8
 * (never inside a character), text values escaped, and every time in UTC ({@code ...Z}), so no
 * time-zone definitions are needed and calendar apps show each event in their own zone.
 */
public final class ICalendarWriter {

    /** Who made the calendar, as RFC 5545 asks every calendar to say. */
    public static final String PRODUCT_ID = "-//Co-op Market//Member calendar feed//EN";

    static final String CRLF = "\r\n";

    /** The longest a line may be, in octets, not counting its CRLF (RFC 5545, 3.1). */
    static final int MAX_LINE_OCTETS = 75;

    private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendarWriter() {
    }

    /** How sure an event is: the values of the VEVENT STATUS property. */
    public enum Status {
        TENTATIVE,
        CONFIRMED
    }

    /**
     * One event.
     *
     * @param uid         unique and stable for the event's whole life, e.g. {@code <id>@coopmarket}
     * @param location    where, or null
     * @param description more words, or null; may have line breaks
     * @param created     when the event was first made, or null
     */
    public record Event(String uid, Instant start, Instant end, String summary, String location, String description,
            Status status, Instant created) {

        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(status, "status");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("An event must end after it starts: " + uid);
            }
        }
    }

    /**
     * The whole calendar.
     *
     * @param name    the calendar's name, as calendar apps show it (X-WR-CALNAME and NAME)
     * @param stamp   when this copy was made: every event's DTSTAMP
     * @param refresh how often subscribers should fetch it again
     */
    public static String write(String name, Instant stamp, Duration refresh, List<Event> events) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stamp, "stamp");
        StringBuilder out = new StringBuilder(512 + events.size() * 400);
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:" + escapeText(PRODUCT_ID));
        line(out, "VERSION:2.0");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + escapeText(name));
        line(out, "NAME:" + escapeText(name));
        if (refresh != null) {
            line(out, "REFRESH-INTERVAL;VALUE=DURATION:" + duration(refresh));
            line(out, "X-PUBLISHED-TTL:" + duration(refresh));
        }
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + escapeText(event.uid()));
            line(out, "DTSTAMP:" + utc(stamp));
            if (event.created() != null) {
                line(out, "CREATED:" + utc(event.created()));
            }
            line(out, "DTSTART:" + utc(event.start()));
            line(out, "DTEND:" + utc(event.end()));
            line(out, "SUMMARY:" + escapeText(event.summary()));
            if (event.location() != null && !event.location().isBlank()) {
                line(out, "LOCATION:" + escapeText(event.location()));
            }
            if (event.description() != null && !event.description().isBlank()) {
                line(out, "DESCRIPTION:" + escapeText(event.description()));
            }
            line(out, "STATUS:" + event.status().name());
            line(out, "TRANSP:OPAQUE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A UTC date-time, whole seconds: {@code 20270315T093000Z}. */
    static String utc(Instant instant) {
        return UTC_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A positive duration in whole minutes or more: {@code PT1H}, {@code PT90M} is written {@code PT1H30M}. */
    static String duration(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A refresh interval must be positive");
        }
        return duration.truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /**
     * A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped with a backslash,
     * every kind of line break written {@code \n}. Other control characters are not allowed in
     * TEXT and become spaces; a lone half of a surrogate pair becomes U+FFFD.
     */
    static String escapeText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u2028', '\u2029', '\u0085' -> out.append("\\n");
                case '\t' -> out.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else if (c < 0x20 || c == 0x7F) {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A content line folded so no line is longer than 75 octets of UTF-8: a CRLF and one space
     * go in before the character that would not fit, so a character's octets are never split.
     * The space counts towards the continuation line's 75. Ends with CRLF.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + line.length() / 40 * 3 + 2);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.append(CRLF).toString();
    }

    private static void line(StringBuilder out, String contentLine) {
        out.append(fold(contentLine));
    }

    /** How many octets UTF-8 takes for a code point (a lone surrogate would be one '?' when encoded). */
    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80 || codePoint <= 0xFFFF && Character.isSurrogate((char) codePoint)) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
