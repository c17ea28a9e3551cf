package coop.market.domain.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where bookings and their histories are kept. */
public interface BookingRepository {

    void add(Booking booking);

    void record(BookingEvent event);

    Optional<Booking> find(String id);

    /** A member's requested and confirmed bookings that touch [from, to). */
    List<Booking> liveForMember(String memberId, Instant from, Instant to);

    List<Booking> search(BookingQuery query);

    List<BookingEvent> history(String bookingId);
}
