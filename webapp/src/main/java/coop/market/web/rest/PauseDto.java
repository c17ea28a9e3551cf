package coop.market.web.rest;

import java.util.List;

/** A pause begun: its days, and the live bookings in them for staff to give away or cancel. */
public record PauseDto(String from, String to, List<BookingDto> affected) {
}
