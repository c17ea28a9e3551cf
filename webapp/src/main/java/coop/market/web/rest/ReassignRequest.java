package coop.market.web.rest;

/** The body of {@code POST /bookings/{id}/reassign}: the member who should do the work now. */
public record ReassignRequest(String memberId) {
}
