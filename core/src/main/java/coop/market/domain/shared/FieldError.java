package coop.market.domain.shared;

/** One problem with one field of what somebody typed or sent, in words they can act on. */
public record FieldError(String field, String message) {
}
