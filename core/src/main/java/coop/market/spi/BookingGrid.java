package coop.market.spi;

import java.time.Duration;

/** Bookings start and last on a 30-minute grid, so trades round their estimates to it. */
public final class BookingGrid {

    public static final int MINUTES = 30;

    private BookingGrid() {
    }

    /** The estimate rounded up to the grid, and never below the minimum. */
    public static Duration fit(Duration estimate, Duration minimum) {
        long minutes = Math.max(estimate.toMinutes(), minimum.toMinutes());
        long slots = (minutes + MINUTES - 1) / MINUTES;
        return Duration.ofMinutes(slots * MINUTES);
    }
}
