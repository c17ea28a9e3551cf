package coop.market.domain.availability;

import java.time.Instant;
import java.util.Objects;

/** Time a member is already taken (a live booking), as instants: [start, end). */
public record BusyPeriod(Instant start, Instant end) {

    public BusyPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A busy period must end after it starts");
        }
    }
}
