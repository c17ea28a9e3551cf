package coop.market.web.rest;

import coop.market.domain.booking.Booking;
import java.time.ZoneId;
import java.util.List;

/** A booking on the wire. */
public record BookingDto(String id, String status, String listingId, String memberId, String customerId,
        String start, String end, int durationMinutes, MoneyDto price, String seriesId,
        NewCustomerRequest.AddressDto address, String notes, String expiresAt, List<OccurrenceDto> occurrences) {

    /** One booking of a series, in brief. */
    public record OccurrenceDto(String id, String status, String start, String end) {
    }

    /** A booking with the other bookings of its series that the same request made or moved. */
    static BookingDto of(Booking booking, List<Booking> occurrences, ZoneId zone) {
        BookingDto plain = of(booking, zone);
        return new BookingDto(plain.id(), plain.status(), plain.listingId(), plain.memberId(), plain.customerId(),
                plain.start(), plain.end(), plain.durationMinutes(), plain.price(), plain.seriesId(), plain.address(),
                plain.notes(), plain.expiresAt(), occurrences.stream().map(b -> new OccurrenceDto(b.id(),
                        b.status().name(), Times.format(b.start(), zone), Times.format(b.end(), zone))).toList());
    }

    static BookingDto of(Booking booking, ZoneId zone) {
        var at = booking.address();
        return new BookingDto(booking.id(), booking.status().name(), booking.listingId(), booking.memberId(),
                booking.customerId(), Times.format(booking.start(), zone), Times.format(booking.end(), zone),
                (int) booking.duration().toMinutes(), MoneyDto.of(booking.price()), booking.seriesId().orElse(null),
                new NewCustomerRequest.AddressDto(at.line1(), at.line2(), at.town(), at.postcode()), booking.notes(),
                booking.expiresAt().map(t -> Times.format(t, zone)).orElse(null), null);
    }
}
