package coop.market.domain.booking;

import coop.market.domain.shared.Address;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's booking of a member's service for a stretch of time. The price is quoted by the
 * trade when the booking is made and kept here: later price changes never touch it.
 */
@Entity
@Table(name = "booking")
public class Booking {

    /**
     * No job is longer. Searches for bookings near a time rely on it: a booking that touches a
     * period starts at most this long before it, so older rows need not be read.
     */
    public static final Duration LONGEST = Duration.ofHours(12);

    @Id
    private String id;

    @Column(name = "listing_id")
    private String listingId;

    @Column(name = "member_id")
    private String memberId;

    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "series_id")
    private String seriesId;

    @Enumerated(EnumType.STRING)
    private BookingStatus status;

    @Column(name = "start_at")
    private Instant start;

    @Column(name = "end_at")
    private Instant end;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Column(name = "price_minor")
    private long priceMinor;

    @Column(name = "currency_code")
    private String currencyCode;

    @Column(name = "quote_json")
    private String quoteJson;

    @Column(name = "options_json")
    private String optionsJson;

    @Embedded
    private Address address;

    private String notes;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Version
    private long version;

    protected Booking() {
    }

    /**
     * A new booking.
     *
     * @param status    REQUESTED for a customer's request, CONFIRMED for work staff record
     * @param expiresAt when an unconfirmed request lapses; null once confirmed
     */
    public Booking(String id, String listingId, String memberId, String customerId, String seriesId,
            BookingStatus status, Instant start, Duration duration, Money price, String quoteJson, String optionsJson,
            Address address, String notes, Instant createdAt, Instant expiresAt) {
        if (status != BookingStatus.REQUESTED && status != BookingStatus.CONFIRMED) {
            throw new IllegalArgumentException("A booking starts requested or confirmed, not " + status);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A booking must last some time");
        }
        this.id = Objects.requireNonNull(id);
        this.listingId = Objects.requireNonNull(listingId);
        this.memberId = Objects.requireNonNull(memberId);
        this.customerId = Objects.requireNonNull(customerId);
        this.seriesId = seriesId;
        this.status = status;
        this.start = Objects.requireNonNull(start);
        this.end = start.plus(duration);
        this.durationMinutes = (int) duration.toMinutes();
        this.priceMinor = price.minor();
        this.currencyCode = price.currency().getCurrencyCode();
        this.quoteJson = Objects.requireNonNull(quoteJson);
        this.optionsJson = Objects.requireNonNull(optionsJson);
        this.address = Objects.requireNonNull(address);
        this.notes = notes;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = status == BookingStatus.REQUESTED ? expiresAt : null;
    }

    /**
     * Moves the booking on, or refuses with a conflict naming both statuses.
     *
     * @return the status it had before
     */
    public BookingStatus moveTo(BookingStatus next) {
        if (!status.canBecome(next)) {
            throw new ConflictException("illegal-transition",
                    "A booking that is " + status.name().toLowerCase() + " cannot become "
                            + next.name().toLowerCase().replace('_', ' '));
        }
        BookingStatus before = status;
        status = next;
        if (next != BookingStatus.REQUESTED) {
            expiresAt = null;
        }
        return before;
    }

    /** Whether this is a request nobody answered in time; it no longer holds the member's time. */
    public boolean expiredAt(Instant now) {
        return status == BookingStatus.REQUESTED && expiresAt != null && !expiresAt.isAfter(now);
    }

    /**
     * Moves live work to another start, keeping its length, identity, price and history.
     *
     * @throws ConflictException unless the booking is requested or confirmed
     */
    public void moveTo(Instant newStart) {
        if (!status.isLive()) {
            throw new ConflictException("illegal-transition",
                    "A booking that is " + status.name().toLowerCase() + " cannot be moved");
        }
        this.start = newStart;
        this.end = newStart.plus(duration());
    }

    /**
     * Gives the work to another member, through their listing of the same trade; time, price,
     * customer and history stay. For when a member is paused and staff find someone else.
     *
     * @throws ConflictException unless the booking is requested or confirmed
     */
    public void reassign(String newMemberId, String newListingId) {
        if (!status.isLive()) {
            throw new ConflictException("illegal-transition",
                    "A booking that is " + status.name().toLowerCase() + " cannot be given to another member");
        }
        this.memberId = Objects.requireNonNull(newMemberId);
        this.listingId = Objects.requireNonNull(newListingId);
    }

    public String id() {
        return id;
    }

    public String listingId() {
        return listingId;
    }

    public String memberId() {
        return memberId;
    }

    public String customerId() {
        return customerId;
    }

    public Optional<String> seriesId() {
        return Optional.ofNullable(seriesId);
    }

    public BookingStatus status() {
        return status;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public Money price() {
        return Money.ofMinor(priceMinor, currencyCode);
    }

    public String quoteJson() {
        return quoteJson;
    }

    public String optionsJson() {
        return optionsJson;
    }

    public Address address() {
        return address;
    }

    public String notes() {
        return notes;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }
}
