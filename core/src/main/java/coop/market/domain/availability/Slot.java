package coop.market.domain.availability;

import java.time.ZonedDateTime;

/** A bookable start and its end, in the co-op's zone. */
public record Slot(ZonedDateTime start, ZonedDateTime end) {
}
