package coop.market.domain.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A set of repeating bookings made together; each occurrence is a booking of its own. */
@Entity
@Table(name = "booking_series")
public class BookingSeries {

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    private Recurrence.Frequency frequency;

    private int occurrences;

    @Column(name = "created_at")
    private Instant createdAt;

    protected BookingSeries() {
    }

    public BookingSeries(String id, Recurrence.Frequency frequency, int occurrences, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.frequency = Objects.requireNonNull(frequency);
        this.occurrences = occurrences;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String id() {
        return id;
    }

    public Recurrence.Frequency frequency() {
        return frequency;
    }

    public int occurrences() {
        return occurrences;
    }
}
