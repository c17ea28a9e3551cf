package coop.market.domain.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where bookings and their histories are kept. */
public interface BookingRepository {

    void add(Booking booking);

    void add(BookingSeries series);

    /** The bookings of a series, in time order. */
    List<Booking> inSeries(String seriesId);

    /** A series: how often it repeats and how many visits it was booked with. */
    Optional<BookingSeries> findSeries(String seriesId);

    void record(BookingEvent event);

    Optional<Booking> find(String id);

    /**
     * A member's bookings that hold their time and touch [from, to): confirmed ones, and requests
     * not yet expired at {@code now}.
     */
    List<Booking> liveForMember(String memberId, Instant from, Instant to, Instant now);

    /**
     * A member's bookings that hold their time and touch [from, to) as the table stands: confirmed ones
     * and every request, including those whose expiry has passed but which nobody has closed yet. A
     * booking being made reads these under the member's lock and closes the lapsed ones it meets.
     */
    List<Booking> holdingForMember(String memberId, Instant from, Instant to);

    /** A member's requests left unanswered past their expiry at {@code now}. */
    List<Booking> expiredRequests(String memberId, Instant now);

    /** Members who have requests left unanswered past their expiry at {@code now}, at most {@code limit}. */
    List<String> membersWithExpiredRequests(Instant now, int limit);

    List<Booking> search(BookingQuery query);

    /** How many bookings the query finds, paging aside. */
    long count(BookingQuery query);

    List<BookingEvent> history(String bookingId);
}
