package coop.market.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A member's calendar feed address: at most one per member. It keeps the address's secret token
 * ({@link CalendarSecret}) as it is, so the member can see their address again whenever they need
 * it, for instance to add it to another phone. The address opens only a read-only list of the
 * member's job times and places, and replacing the secret makes the old address stop working at
 * once.
 */
@Entity
@Table(name = "calendar_link")
public class CalendarLink {

    @Id
    @Column(name = "member_id")
    private String memberId;

    @Column(name = "token")
    private String token;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected CalendarLink() {
    }

    /** A member's first feed address, opened by the secret with this token. */
    public CalendarLink(String memberId, String token, Instant createdAt) {
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.token = checked(token);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new secret for the member's feed: the address with the old one stops working. */
    public void replace(String token, Instant at) {
        this.token = checked(token);
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    private static String checked(String token) {
        if (!CalendarSecret.wellFormed(token)) {
            throw new IllegalArgumentException("A calendar link keeps a calendar secret's token");
        }
        return token;
    }

    public String memberId() {
        return memberId;
    }

    /** The secret's token, as it goes into the address. Never log it. */
    public String token() {
        return token;
    }

    /** When the current secret was made. */
    public Instant createdAt() {
        return createdAt;
    }
}
