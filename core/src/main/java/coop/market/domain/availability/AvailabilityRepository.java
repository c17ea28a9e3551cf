package coop.market.domain.availability;

import java.util.Optional;

/** Where members' availability is kept. */
public interface AvailabilityRepository {

    /** The member's availability, to change and {@link #save}. */
    Optional<Availability> find(String memberId);

    /**
     * The member's availability to read from, in one statement (it is read before every booking and for
     * every availability answer); changes made to it are not saved.
     */
    Optional<Availability> read(String memberId);

    void save(Availability availability);
}
