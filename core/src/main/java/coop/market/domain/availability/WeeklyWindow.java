package coop.market.domain.availability;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** A stretch of a weekday a member usually works, in the co-op's local time: "Monday 09:00-12:00". */
@Embeddable
public class WeeklyWindow {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week")
    private DayOfWeek day;

    @Column(name = "start_time")
    private LocalTime start;

    @Column(name = "end_time")
    private LocalTime end;

    protected WeeklyWindow() {
    }

    public WeeklyWindow(DayOfWeek day, LocalTime start, LocalTime end) {
        this.day = Objects.requireNonNull(day, "day");
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A window must end after it starts: " + start + "-" + end);
        }
    }

    public DayOfWeek day() {
        return day;
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyWindow other && day == other.day && start.equals(other.start) && end.equals(other.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, start, end);
    }

    @Override
    public String toString() {
        return day + " " + start + "-" + end;
    }
}
