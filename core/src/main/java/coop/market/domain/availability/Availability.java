package coop.market.domain.availability;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When one member is willing to work: a weekly pattern, days away, the travel gap between jobs,
 * caps per day and week (self-employed people on benefits often must stay under a number of hours),
 * and how far ahead they take bookings.
 */
@Entity
@Table(name = "member_availability")
public class Availability {

    /** Six months ahead, unless the member says otherwise. */
    public static final int DEFAULT_HORIZON_WEEKS = 26;

    @Id
    @Column(name = "member_id")
    private String memberId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "availability_window", joinColumns = @JoinColumn(name = "member_id"))
    private List<WeeklyWindow> windows = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "availability_absence", joinColumns = @JoinColumn(name = "member_id"))
    private List<Absence> absences = new ArrayList<>();

    @Column(name = "travel_buffer_minutes")
    private int travelBufferMinutes;

    @Column(name = "max_minutes_per_day")
    private Integer maxMinutesPerDay;

    @Column(name = "max_minutes_per_week")
    private Integer maxMinutesPerWeek;

    @Column(name = "horizon_weeks")
    private int horizonWeeks;

    @Version
    private long version;

    protected Availability() {
    }

    /** A member who has not said when they work yet: no windows, so no slots. */
    public static Availability none(String memberId) {
        Availability availability = new Availability();
        availability.memberId = Objects.requireNonNull(memberId);
        availability.horizonWeeks = DEFAULT_HORIZON_WEEKS;
        return availability;
    }

    /** Adds days away (a pause) to the pattern, keeping everything else. */
    public void addAbsence(Absence absence) {
        absences.add(Objects.requireNonNull(absence));
    }

    /** Replaces the whole pattern at once, as the member or staff set it. */
    public void change(List<WeeklyWindow> newWindows, List<Absence> newAbsences, Duration travelBuffer,
            Duration maxPerDay, Duration maxPerWeek, int newHorizonWeeks) {
        if (travelBuffer.isNegative() || newHorizonWeeks < 1 || newHorizonWeeks > 104) {
            throw new IllegalArgumentException("Travel buffer cannot be negative; horizon must be 1-104 weeks");
        }
        this.windows = new ArrayList<>(newWindows);
        this.absences = new ArrayList<>(newAbsences);
        this.travelBufferMinutes = (int) travelBuffer.toMinutes();
        this.maxMinutesPerDay = maxPerDay == null ? null : (int) maxPerDay.toMinutes();
        this.maxMinutesPerWeek = maxPerWeek == null ? null : (int) maxPerWeek.toMinutes();
        this.horizonWeeks = newHorizonWeeks;
    }

    public String memberId() {
        return memberId;
    }

    public List<WeeklyWindow> windows() {
        return List.copyOf(windows);
    }

    public List<Absence> absences() {
        return List.copyOf(absences);
    }

    public Duration travelBuffer() {
        return Duration.ofMinutes(travelBufferMinutes);
    }

    /** Most work in one day, or null for no limit. */
    public Duration maxPerDay() {
        return maxMinutesPerDay == null ? null : Duration.ofMinutes(maxMinutesPerDay);
    }

    /** Most work in one week, or null for no limit. */
    public Duration maxPerWeek() {
        return maxMinutesPerWeek == null ? null : Duration.ofMinutes(maxMinutesPerWeek);
    }

    public int horizonWeeks() {
        return horizonWeeks;
    }
}
