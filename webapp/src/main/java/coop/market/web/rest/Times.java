package coop.market.web.rest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on the wire: ISO-8601 with the co-op's offset at that moment, e.g. 2027-03-29T10:00:00+01:00. */
final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private Times() {
    }

    static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : FORMAT.format(instant.atZone(zone));
    }
}
