package coop.market.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A member's new availability as sent: days as names ("MONDAY"), times as "09:00", dates as
 * "2027-04-01", hours as decimals (15.5). Checked by {@link AvailabilityService}.
 */
public record AvailabilityChange(List<Window> weekly, List<Away> exceptions, Integer travelBufferMinutes,
        BigDecimal maxHoursPerDay, BigDecimal maxHoursPerWeek, Integer horizonWeeks) {

    /** One weekly window. */
    public record Window(String day, String start, String end) {
    }

    /** Days away, both included. */
    public record Away(String from, String to, String reason) {
    }
}
