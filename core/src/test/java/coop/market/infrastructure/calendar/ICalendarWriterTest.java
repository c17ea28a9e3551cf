package coop.market.infrastructure.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.infrastructure.calendar.ICalendarWriter.Event;
import coop.market.infrastructure.calendar.ICalendarWriter.Status;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

class ICalendarWriterTest {

    private static final Instant STAMP = Instant.parse("2027-03-01T08:15:30.987Z");
    private static final Duration HOUR = Duration.ofHours(1);

    /** 10:00 in London in summer time: 09:00 UTC. */
    private static final Instant SUMMER_TEN = ZonedDateTime.of(2027, 6, 14, 10, 0, 0, 0, ZoneId.of("Europe/London"))
            .toInstant();

    private static Event event(String uid, Instant start, String summary, String location, String description,
            Status status) {
        return new Event(uid, start, start.plus(Duration.ofMinutes(90)), summary, location, description, status,
                STAMP.minus(Duration.ofDays(2)));
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getRequiredProperty(property).getValue();
    }

    private static Instant instant(VEvent event, String property) {
        Temporal date = event.<DateProperty<?>>getRequiredProperty(property).getDate();
        return Instant.from(date);
    }

    @Test
    void anEmptyCalendarHasItsHeaderAndNothingElse() throws Exception {
        String text = ICalendarWriter.write("Co-op Market: my work", STAMP, HOUR, List.of());

        assertEquals("BEGIN:VCALENDAR\r\n"
                + "PRODID:-//Co-op Market//Member calendar feed//EN\r\n"
                + "VERSION:2.0\r\n"
                + "CALSCALE:GREGORIAN\r\n"
                + "X-WR-CALNAME:Co-op Market: my work\r\n"
                + "NAME:Co-op Market: my work\r\n"
                + "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n"
                + "X-PUBLISHED-TTL:PT1H\r\n"
                + "END:VCALENDAR\r\n", text);
        Calendar calendar = parse(text);
        assertEquals("2.0", calendar.getVersion().getValue());
        assertEquals("GREGORIAN", calendar.getCalendarScale().getValue());
        assertEquals("Co-op Market: my work", calendar.<Property>getRequiredProperty("X-WR-CALNAME").getValue());
        assertTrue(calendar.getComponents("VEVENT").isEmpty());
    }

    @Test
    void eventsAreWrittenInUtcAndReadBackByARealParser() throws Exception {
        Instant winter = Instant.parse("2027-01-11T14:30:00Z");
        String text = ICalendarWriter.write("Co-op Market: my work", STAMP, HOUR, List.of(
                event("b1@coopmarket", SUMMER_TEN, "Cleaning for Margaret", "27 Chipperfield Road, Orpington, BR5 2QA",
                        "Home cleaning by Daniel\nConfirmed.", Status.CONFIRMED),
                event("b2@coopmarket", winter, "Gardening for Bromley Youth Counselling", null, null,
                        Status.TENTATIVE)));

        assertTrue(text.contains("\r\nDTSTART:20270614T090000Z\r\nDTEND:20270614T103000Z\r\n"), text);
        assertTrue(text.contains("\r\nDTSTAMP:20270301T081530Z\r\n"), "whole seconds, UTC: " + text);
        Calendar calendar = parse(text);
        ValidationResult validation = calendar.validate();
        assertFalse(validation.hasErrors(), validation.toString());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());

        VEvent first = events.get(0);
        assertEquals("b1@coopmarket", value(first, "UID"));
        assertEquals(SUMMER_TEN, instant(first, "DTSTART"));
        assertEquals(SUMMER_TEN.plus(Duration.ofMinutes(90)), instant(first, "DTEND"));
        assertEquals(Instant.parse("2027-03-01T08:15:30Z"), instant(first, "DTSTAMP"));
        assertEquals(Instant.parse("2027-02-27T08:15:30Z"), instant(first, "CREATED"));
        assertEquals("Cleaning for Margaret", value(first, "SUMMARY"));
        assertEquals("27 Chipperfield Road, Orpington, BR5 2QA", value(first, "LOCATION"));
        assertEquals("Home cleaning by Daniel\nConfirmed.", value(first, "DESCRIPTION"));
        assertEquals("CONFIRMED", value(first, "STATUS"));

        VEvent second = events.get(1);
        assertEquals("b2@coopmarket", value(second, "UID"));
        assertEquals(winter, instant(second, "DTSTART"));
        assertEquals("TENTATIVE", value(second, "STATUS"));
        assertTrue(second.getProperty("LOCATION").isEmpty(), "no location, no empty property");
        assertTrue(second.getProperty("DESCRIPTION").isEmpty());
    }

    @Test
    void everyLineEndsWithCrlfAndNoBareLineBreakIsLeft() {
        String text = ICalendarWriter.write("Co-op Market: my work", STAMP, HOUR, List.of(
                event("b1@coopmarket", SUMMER_TEN, "Cleaning for Margaret", "1 High St\r\nBromley",
                        "Line one\nLine two\rLine three\r\n", Status.CONFIRMED)));

        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        assertEquals(text.split("\n", -1).length, text.split("\r\n", -1).length, "every LF is part of a CRLF");
        assertEquals(-1, text.replace("\r\n", "").indexOf('\r'), "no CR without its LF");
        assertTrue(text.contains("LOCATION:1 High St\\nBromley\r\n"), text);
        assertTrue(text.contains("DESCRIPTION:Line one\\nLine two\\nLine three\\n\r\n"), text);
    }

    @Test
    void textIsEscapedAndReadsBackUnchanged() throws Exception {
        String awkward = "Back\\slash; semi, comma: colon \"quoted\"\nnew line\ttab";
        assertEquals("Back\\\\slash\\; semi\\, comma: colon \"quoted\"\\nnew line\ttab",
                ICalendarWriter.escapeText(awkward));
        assertEquals("a b", ICalendarWriter.escapeText("a\u0007b"), "control characters are not allowed in TEXT");
        assertEquals("\uFFFD", ICalendarWriter.escapeText("\uD800"), "a lone surrogate cannot be written in UTF-8");

        String text = ICalendarWriter.write("Mine; yours, \\ ours", STAMP, HOUR, List.of(
                event("b1@coopmarket", SUMMER_TEN, awkward, awkward, awkward, Status.CONFIRMED)));
        Calendar calendar = parse(text);
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertEquals(awkward, value(event, "SUMMARY"));
        assertEquals(awkward, value(event, "LOCATION"));
        assertEquals(awkward, value(event, "DESCRIPTION"));
        assertEquals("Mine; yours, \\ ours", calendar.<Property>getRequiredProperty("X-WR-CALNAME").getValue());
    }

    @Test
    void longLinesAreFoldedAt75OctetsAndUnfoldToTheSameText() throws Exception {
        String longText = "Weekly clean of the ground floor, the stairs and both bathrooms. ".repeat(5).strip();
        String text = ICalendarWriter.write("Co-op Market: my work", STAMP, HOUR, List.of(
                event("b1@coopmarket", SUMMER_TEN, "Cleaning for Margaret", "27 Chipperfield Road", longText,
                        Status.CONFIRMED)));

        assertLinesAtMost75Octets(text);
        assertTrue(text.contains("\r\n "), "something was folded");
        assertEquals(longText.replace(",", "\\,"), unfold(text).lines()
                .filter(l -> l.startsWith("DESCRIPTION:")).findFirst().orElseThrow().substring(12));
        assertEquals(longText, value(parse(text).<VEvent>getComponents("VEVENT").get(0), "DESCRIPTION"));
    }

    @Test
    void foldingCountsUtf8OctetsAndNeverSplitsACharacter() throws Exception {
        // 2-, 3- and 4-octet characters at every offset against the 75-octet boundary.
        for (String character : List.of("é", "€", "🧹")) {
            for (int prefix = 0; prefix < 6; prefix++) {
                String summary = "x".repeat(prefix) + character.repeat(60);
                String line = ICalendarWriter.fold("SUMMARY:" + summary);
                assertLinesAtMost75Octets(line);
                for (String physical : line.split("\r\n")) {
                    String content = physical.startsWith(" ") ? physical.substring(1) : physical;
                    assertFalse(content.isEmpty() && !physical.isEmpty(), "no empty continuation");
                    assertEquals(content, new String(content.getBytes(StandardCharsets.UTF_8),
                            StandardCharsets.UTF_8), "whole characters on every line");
                    assertFalse(Character.isHighSurrogate(content.charAt(content.length() - 1)),
                            "a surrogate pair is one character and stays together");
                }
                assertEquals("SUMMARY:" + summary, unfold(line).strip());
                String calendar = ICalendarWriter.write("Mine", STAMP, HOUR, List.of(
                        event("b1@coopmarket", SUMMER_TEN, summary, null, null, Status.CONFIRMED)));
                assertEquals(summary, value(parse(calendar).<VEvent>getComponents("VEVENT").get(0), "SUMMARY"));
            }
        }
    }

    @Test
    void aLineOfExactly75OctetsIsNotFoldedAndOneMoreIs() {
        String exact = "SUMMARY:" + "a".repeat(67);
        assertEquals(75, exact.length());
        assertEquals(exact + "\r\n", ICalendarWriter.fold(exact));
        String over = exact + "b";
        assertEquals(exact + "\r\n b\r\n", ICalendarWriter.fold(over));
        String twoOctetsAtTheEdge = "SUMMARY:" + "a".repeat(66) + "é";
        assertEquals("SUMMARY:" + "a".repeat(66) + "\r\n é\r\n", ICalendarWriter.fold(twoOctetsAtTheEdge),
                "74 + 2 octets would be 76: the é moves whole to the next line");
        String continuation = "SUMMARY:" + "a".repeat(67) + "b".repeat(74) + "c";
        assertEquals(exact + "\r\n " + "b".repeat(74) + "\r\n c\r\n", ICalendarWriter.fold(continuation),
                "a continuation line's leading space counts towards its 75");
    }

    @Test
    void timesAreUtcWithWholeSeconds() {
        assertEquals("20270614T090000Z", ICalendarWriter.utc(SUMMER_TEN));
        assertEquals("20271031T013059Z", ICalendarWriter.utc(Instant.parse("2027-10-31T01:30:59.999999Z")));
    }

    @Test
    void anEventMustEndAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new Event("b1@coopmarket", SUMMER_TEN, SUMMER_TEN,
                "Cleaning for Margaret", null, null, Status.CONFIRMED, null));
    }

    private static void assertLinesAtMost75Octets(String text) {
        assertTrue(text.endsWith("\r\n"));
        for (String line : Arrays.asList(text.split("\r\n"))) {
            int octets = line.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(octets <= 75, octets + " octets: " + line);
        }
    }

    private static String unfold(String text) {
        return text.replace("\r\n ", "");
    }
}
