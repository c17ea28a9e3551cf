package coop.market.domain.listing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where listings are kept. */
public interface ListingRepository {

    void add(Listing listing);

    Optional<Listing> find(String id);

    /** A member's active listings, by title. */
    List<Listing> activeOf(String memberId);

    /** All a member's listings, those in the shop first, then those taken out of it, each by title. */
    List<Listing> of(String memberId);

    /** The listing and its member's name, in one statement (a listing page, a booking). */
    Optional<NamedListing> findNamed(String id);

    /** Active listings matching the query, newest first. */
    List<Listing> search(ListingQuery query);

    /**
     * These listings (active or not), their rows locked to the end of the transaction, taken in id order so that
     * two orders sharing listings never wait for each other in a circle. Whoever changes a listing's stock holds
     * these locks, so two customers racing for the last item are served one after the other.
     */
    List<Listing> lockForOrder(Collection<String> ids);

    /** The member's oldest active listing of this trade, if they have one. */
    Optional<Listing> activeFor(String memberId, String trade);
}
