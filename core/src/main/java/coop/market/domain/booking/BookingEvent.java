package coop.market.domain.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One change in a booking's life: who did it, when, from which status to which. Never changed. */
@Entity
@Table(name = "booking_event")
public class BookingEvent {

    @Id
    private String id;

    @Column(name = "booking_id")
    private String bookingId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor_email")
    private String actorEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private BookingStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private BookingStatus to;

    private String detail;

    protected BookingEvent() {
    }

    /** @param from the status before, or null when the booking was made */
    public BookingEvent(String id, String bookingId, Instant occurredAt, String actorEmail, BookingStatus from,
            BookingStatus to, String detail) {
        this.id = Objects.requireNonNull(id);
        this.bookingId = Objects.requireNonNull(bookingId);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorEmail = Objects.requireNonNull(actorEmail);
        this.from = from;
        this.to = Objects.requireNonNull(to);
        this.detail = detail;
    }

    public String bookingId() {
        return bookingId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actorEmail() {
        return actorEmail;
    }

    public BookingStatus from() {
        return from;
    }

    public BookingStatus to() {
        return to;
    }

    public String detail() {
        return detail;
    }
}
