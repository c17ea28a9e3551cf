package coop.market.web.rest;

/** The body of {@code POST /members/{id}/pause}: the first and last day away, and why. */
public record PauseRequest(String from, String to, String reason) {
}
