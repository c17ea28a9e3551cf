package coop.market.web.rest;

import coop.market.domain.booking.Booking;
import java.time.ZoneId;

/** A booking on the wire. */
public record BookingDto(String id, String status, String listingId, String memberId, String customerId,
        String start, String end, int durationMinutes, MoneyDto price, String seriesId,
        NewCustomerRequest.AddressDto address, String notes, String expiresAt) {

    static BookingDto of(Booking booking, ZoneId zone) {
        var at = booking.address();
        return new BookingDto(booking.id(), booking.status().name(), booking.listingId(), booking.memberId(),
                booking.customerId(), Times.format(booking.start(), zone), Times.format(booking.end(), zone),
                (int) booking.duration().toMinutes(), MoneyDto.of(booking.price()), booking.seriesId().orElse(null),
                new NewCustomerRequest.AddressDto(at.line1(), at.line2(), at.town(), at.postcode()), booking.notes(),
                booking.expiresAt().map(t -> Times.format(t, zone)).orElse(null));
    }
}
