package coop.market.application;

import coop.market.domain.coop.Cooperative;
import coop.market.domain.coop.CooperativeRepository;
import coop.market.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;

/** The co-op's own details, and the zone and currency everything else is in. */
@ApplicationScoped
@Transactional
public class CooperativeService {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    CooperativeRepository cooperatives;

    public Optional<Cooperative> current() {
        return cooperatives.current();
    }

    /** The co-op's currency; GBP until the co-op has been set up. */
    public Currency currency() {
        return cooperatives.current().map(Cooperative::currency).orElse(Money.GBP);
    }

    /** The co-op's time zone; Europe/London until the co-op has been set up. */
    public ZoneId zone() {
        return cooperatives.current().map(Cooperative::zone).orElse(LONDON);
    }
}
