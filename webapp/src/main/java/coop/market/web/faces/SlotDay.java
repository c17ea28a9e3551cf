package coop.market.web.faces;

import coop.market.application.PlainWords;
import coop.market.domain.availability.Slot;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One day of the booking calendar: the day in words and the free start times on it, each with the value the form
 * sends (the start with its offset, so the clock change never moves a visit).
 */
public record SlotDay(String id, String label, List<Time> times) implements Serializable {

    /** A free start time: "9am", sent as "2027-03-09T09:00Z". */
    public record Time(String id, String value, String label) implements Serializable {
    }

    /** The days from {@code first} that have free times, in order. */
    static List<SlotDay> of(List<Slot> free, LocalDate first, int days) {
        Map<LocalDate, List<Time>> byDay = new TreeMap<>();
        for (Slot slot : free) {
            LocalDate day = slot.start().toLocalDate();
            if (!day.isBefore(first) && day.isBefore(first.plusDays(days))) {
                List<Time> times = byDay.computeIfAbsent(day, d -> new ArrayList<>());
                times.add(new Time("slot-" + day + "-" + times.size(), slot.start().toOffsetDateTime().toString(),
                        PlainWords.time(slot.start().toLocalTime())));
            }
        }
        List<SlotDay> shown = new ArrayList<>();
        byDay.forEach((day, times) -> shown.add(new SlotDay("day-" + day, PlainWords.day(day), List.copyOf(times))));
        return List.copyOf(shown);
    }
}
