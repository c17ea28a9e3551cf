package coop.market.web.rest;

/** The body of {@code POST /bookings/{id}/reschedule}. */
public record RescheduleRequest(String start) {
}
