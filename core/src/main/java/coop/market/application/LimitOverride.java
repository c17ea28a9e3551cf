package coop.market.application;

/**
 * Staff's decision to confirm work although it takes a member over their earnings limit, and why (for the
 * member's audit log; a benefits adviser may ask).
 */
public record LimitOverride(String reason) {
}
