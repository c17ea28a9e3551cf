package coop.market.web.rest;

import coop.market.application.AvailabilityChange;
import coop.market.domain.availability.Availability;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

/** A member's availability on the wire, as {@code PUT /members/{id}/availability} takes and gives it. */
public record AvailabilityDto(List<AvailabilityChange.Window> weekly, List<AvailabilityChange.Away> exceptions,
        Integer travelBufferMinutes, BigDecimal maxHoursPerDay, BigDecimal maxHoursPerWeek, Integer horizonWeeks) {

    AvailabilityChange toChange() {
        return new AvailabilityChange(weekly, exceptions, travelBufferMinutes, maxHoursPerDay, maxHoursPerWeek,
                horizonWeeks);
    }

    static AvailabilityDto of(Availability availability) {
        return new AvailabilityDto(
                availability.windows().stream().map(w -> new AvailabilityChange.Window(w.day().name(),
                        w.start().toString(), w.end().toString())).toList(),
                availability.absences().stream().map(a -> new AvailabilityChange.Away(a.from().toString(),
                        a.to().toString(), a.reason())).toList(),
                (int) availability.travelBuffer().toMinutes(), hours(availability.maxPerDay()),
                hours(availability.maxPerWeek()), availability.horizonWeeks());
    }

    private static BigDecimal hours(Duration duration) {
        return duration == null ? null
                : BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60), 2,
                        RoundingMode.UNNECESSARY).stripTrailingZeros();
    }
}
