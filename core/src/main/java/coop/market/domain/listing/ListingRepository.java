package coop.market.domain.listing;

import java.util.List;
import java.util.Optional;

/** Where listings are kept. */
public interface ListingRepository {

    void add(Listing listing);

    Optional<Listing> find(String id);

    /** A member's active listings, by title. */
    List<Listing> activeOf(String memberId);

    /** The listing and its member's name, in one statement (a listing page, a booking). */
    Optional<NamedListing> findNamed(String id);

    /** Active listings matching the query, newest first. */
    List<Listing> search(ListingQuery query);

    /** The member's oldest active listing of this trade, if they have one. */
    Optional<Listing> activeFor(String memberId, String trade);
}
