package coop.market.application;

import coop.market.domain.booking.CancellationPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The co-op's booking terms, read once from the environment: how long an unanswered request
 * holds a member's time ({@code BOOKING_REQUEST_EXPIRY_HOURS}, default 48) and the late
 * cancellation policy ({@code CANCELLATION_NOTICE_HOURS}, default 24, and
 * {@code CANCELLATION_FEE_PERCENT}, default 0).
 */
@ApplicationScoped
public class BookingPolicies {

    /** An unconfirmed request holds the slot this long, unless the setting says otherwise. */
    static final Duration DEFAULT_REQUEST_EXPIRY = Duration.ofHours(48);

    private final Duration requestExpiry;
    private final CancellationPolicy cancellation;

    public BookingPolicies() {
        this(Settings.fromEnvironment());
    }

    BookingPolicies(Settings settings) {
        requestExpiry = settings.get("BOOKING_REQUEST_EXPIRY_HOURS")
                .map(hours -> Duration.ofHours(Long.parseLong(hours)))
                .orElse(DEFAULT_REQUEST_EXPIRY);
        cancellation = new CancellationPolicy(
                Duration.ofHours(settings.get("CANCELLATION_NOTICE_HOURS").map(Long::parseLong).orElse(24L)),
                settings.get("CANCELLATION_FEE_PERCENT").map(Integer::parseInt).orElse(0));
    }

    public Duration requestExpiry() {
        return requestExpiry;
    }

    public CancellationPolicy cancellation() {
        return cancellation;
    }
}
