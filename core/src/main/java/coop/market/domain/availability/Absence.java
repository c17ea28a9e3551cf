package coop.market.domain.availability;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** Days a member is away (holiday, sickness), both dates included. */
@Embeddable
public class Absence {

    @Column(name = "from_date")
    private LocalDate from;

    @Column(name = "to_date")
    private LocalDate to;

    private String reason;

    protected Absence() {
    }

    public Absence(LocalDate from, LocalDate to, String reason) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("An absence cannot end before it starts");
        }
        this.reason = reason;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Absence other && from.equals(other.from) && to.equals(other.to)
                && Objects.equals(reason, other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, reason);
    }
}
