package coop.market.web.rest;

/** {@code POST /invoice-runs}: invoice everything done up to and including this day. */
public record InvoiceRunRequest(String periodEnd) {
}
