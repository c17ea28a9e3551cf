package coop.market.domain.booking;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a booking is in its life. A request is confirmed, declined or cancelled (or expires);
 * confirmed work is completed, cancelled or marked a no-show. Requested and confirmed bookings
 * hold the member's time.
 */
public enum BookingStatus {
    REQUESTED,
    CONFIRMED,
    DECLINED,
    CANCELLED,
    COMPLETED,
    NO_SHOW;

    public static final Set<BookingStatus> LIVE = EnumSet.of(REQUESTED, CONFIRMED);

    public boolean isLive() {
        return LIVE.contains(this);
    }

    /** Whether a booking in this status may move to the next. */
    public boolean canBecome(BookingStatus next) {
        return switch (this) {
            case REQUESTED -> next == CONFIRMED || next == DECLINED || next == CANCELLED;
            case CONFIRMED -> next == COMPLETED || next == CANCELLED || next == NO_SHOW;
            default -> false;
        };
    }
}
