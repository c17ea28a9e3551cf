package coop.market.domain.availability;

import java.util.Optional;

/** Where members' availability is kept. */
public interface AvailabilityRepository {

    Optional<Availability> find(String memberId);

    void save(Availability availability);
}
