package coop.market.domain.listing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The listings' photos. */
public interface ListingPhotos {

    void add(ListingPhoto photo);

    Optional<ListingPhoto> find(String id);

    /** A listing's photos in order, without the pictures themselves. */
    List<PhotoInfo> of(String listingId);

    /** The first photo of each of these listings that has one, in one read (a page of search results). */
    Map<String, PhotoInfo> firstOf(Collection<String> listingIds);

    void remove(ListingPhoto photo);
}
