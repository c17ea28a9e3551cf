package coop.market.web.rest;

import coop.market.domain.availability.Slot;
import java.time.ZoneId;
import java.util.List;

/** The answer of {@code GET /listings/{id}/availability}. */
public record SlotsDto(List<SlotDto> slots) {

    /** One bookable start and its end. */
    public record SlotDto(String start, String end) {
    }

    static SlotsDto of(List<Slot> slots, ZoneId zone) {
        return new SlotsDto(slots.stream()
                .map(s -> new SlotDto(Times.format(s.start().toInstant(), zone), Times.format(s.end().toInstant(), zone)))
                .toList());
    }
}
