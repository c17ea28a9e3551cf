package coop.market.domain.listing;

/** A listing with the display name of the member who offers it, read together. */
public record NamedListing(Listing listing, String memberName) {
}
