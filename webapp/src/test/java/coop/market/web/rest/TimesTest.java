package coop.market.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void writesTheLocalTimeWithItsOffset() {
        assertEquals("2027-03-29T10:00:00+01:00", Times.format(Instant.parse("2027-03-29T09:00:00Z"), LONDON));
        assertEquals("2027-03-27T09:00:00+00:00", Times.format(Instant.parse("2027-03-27T09:00:00Z"), LONDON));
        assertEquals("2027-10-31T01:30:00+01:00", Times.format(Instant.parse("2027-10-31T00:30:00Z"), LONDON));
        assertEquals("2027-10-31T01:30:00+00:00", Times.format(Instant.parse("2027-10-31T01:30:00Z"), LONDON),
                "the repeated hour: the same local time, told apart by its offset");
        assertEquals("2027-01-05T03:04:05-05:30",
                Times.format(Instant.parse("2027-01-05T08:34:05Z"), ZoneId.of("-05:30")));
        assertNull(Times.format(null, LONDON));
    }

    @Test
    void agreesWithTheStandardFormatterEverywhere() {
        DateTimeFormatter standard = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
        Random random = new Random(42);
        for (ZoneId zone : new ZoneId[] {LONDON, ZoneId.of("UTC"), ZoneId.of("America/St_Johns"),
                ZoneId.of("Asia/Kathmandu")}) {
            for (int i = 0; i < 20_000; i++) {
                Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L));
                assertEquals(standard.format(instant.atZone(zone)), Times.format(instant, zone), instant + " " + zone);
            }
        }
    }
}
