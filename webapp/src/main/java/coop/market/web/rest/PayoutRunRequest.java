package coop.market.web.rest;

/** The body of {@code POST /payout-runs}: {@code {periodEnd}}. */
public record PayoutRunRequest(String periodEnd) {
}
