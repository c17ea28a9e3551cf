package coop.market.application;

import coop.market.domain.booking.CancellationPolicy;
import coop.market.domain.coop.BookingTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The booking terms in force: the co-op's own, once staff have set them on the settings page, and
 * until then the installation's, read once from the environment: how long an unanswered request holds
 * a member's time ({@code BOOKING_REQUEST_EXPIRY_HOURS}, default 48) and the late cancellation policy
 * ({@code CANCELLATION_NOTICE_HOURS}, default 24, and {@code CANCELLATION_FEE_PERCENT}, default 0).
 */
@ApplicationScoped
public class BookingPolicies {

    /** An unconfirmed request holds the slot this long, unless the setting says otherwise. */
    static final int DEFAULT_REQUEST_EXPIRY_HOURS = 48;

    private final BookingTerms installation;

    @Inject
    CooperativeService cooperative;

    public BookingPolicies() {
        this(Settings.fromEnvironment());
    }

    BookingPolicies(Settings settings) {
        installation = new BookingTerms(
                settings.get("BOOKING_REQUEST_EXPIRY_HOURS").map(Integer::parseInt).orElse(DEFAULT_REQUEST_EXPIRY_HOURS),
                settings.get("CANCELLATION_NOTICE_HOURS").map(Integer::parseInt).orElse(24),
                settings.get("CANCELLATION_FEE_PERCENT").map(Integer::parseInt).orElse(0));
    }

    /** The terms in force now. */
    public BookingTerms terms() {
        return cooperative.bookingTerms().orElse(installation);
    }

    /** The installation's terms, which apply until the co-op sets its own. */
    public BookingTerms installationDefaults() {
        return installation;
    }

    public Duration requestExpiry() {
        return terms().requestExpiry();
    }

    public CancellationPolicy cancellation() {
        return terms().cancellation();
    }
}
