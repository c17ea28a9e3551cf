package coop.market.domain.listing;

import java.io.Serializable;

/** What a page needs to show a photo: where to fetch it, its words and its size (so the page does not jump). */
public record PhotoInfo(String id, String listingId, int ordinal, String altText, int width, int height)
        implements Serializable {
}
