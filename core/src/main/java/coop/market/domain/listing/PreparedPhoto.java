package coop.market.domain.listing;

/** An uploaded picture made ready for the shop: a JPEG of a sensible size, with nothing of the camera's left in it. */
public record PreparedPhoto(byte[] jpeg, int width, int height) {
}
