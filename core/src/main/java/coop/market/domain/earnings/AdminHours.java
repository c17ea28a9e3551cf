package coop.market.domain.earnings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Time a member spent on their business that is not booked work (paperwork, travel, buying stock). The hours
 * of self-employed permitted work include it, so it counts towards the weekly hours limit.
 */
@Entity
@Table(name = "admin_hours")
public class AdminHours {

    @Id
    private String id;

    @Column(name = "member_id")
    private String memberId;

    @Column(name = "worked_on")
    private LocalDate workedOn;

    private int minutes;

    private String note;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected AdminHours() {
    }

    public AdminHours(String id, String memberId, LocalDate workedOn, int minutes, String note, Instant createdAt,
            String createdBy) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("Admin time is some minutes");
        }
        this.id = Objects.requireNonNull(id);
        this.memberId = Objects.requireNonNull(memberId);
        this.workedOn = Objects.requireNonNull(workedOn);
        this.minutes = minutes;
        this.note = note;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    public String id() {
        return id;
    }

    public LocalDate workedOn() {
        return workedOn;
    }

    public int minutes() {
        return minutes;
    }

    public String note() {
        return note;
    }
}
