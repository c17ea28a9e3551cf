package coop.market.web.support;

/** A member made for a test: their id, e-mail address and their one listing's id. */
public record Trader(String id, String email, String listing) {
}
