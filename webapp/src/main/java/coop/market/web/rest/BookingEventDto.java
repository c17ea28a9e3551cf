package coop.market.web.rest;

import coop.market.domain.booking.BookingEvent;
import java.time.ZoneId;

/** One entry of a booking's history. */
public record BookingEventDto(String at, String by, String from, String to, String detail) {

    static BookingEventDto of(BookingEvent event, ZoneId zone) {
        return new BookingEventDto(Times.format(event.occurredAt(), zone), event.actorEmail(),
                event.from() == null ? null : event.from().name(), event.to().name(), event.detail());
    }
}
