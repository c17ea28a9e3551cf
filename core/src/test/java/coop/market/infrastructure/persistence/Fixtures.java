package coop.market.infrastructure.persistence;

import coop.market.domain.listing.Listing;
import coop.market.domain.member.Member;
import coop.market.domain.shared.Money;
import coop.market.spi.PriceUnit;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** Small builders for the entities the persistence tests store. */
final class Fixtures {

    /** A moment with microseconds, the finest both databases keep. */
    static final Instant T0 = Instant.parse("2026-03-01T09:30:15.123456Z");

    private Fixtures() {
    }

    static Instant at(long minutesAfterT0) {
        return T0.plus(minutesAfterT0, ChronoUnit.MINUTES);
    }

    static Member member(String id, String name, Set<String> trades, Set<String> area) {
        return new Member(id, name, id + "@members.example.org", trades, area, null, T0);
    }

    static Listing service(String id, String memberId, String trade, String title, String description,
            Instant createdAt) {
        return new Listing(id, memberId, trade, title, description, Money.gbp(1500), PriceUnit.HOUR, "{}", null, null,
                createdAt);
    }

    static Listing product(String id, String memberId, String trade, String title, Integer stock,
            Instant createdAt) {
        return new Listing(id, memberId, trade, title, "Made by hand", Money.gbp(1200), PriceUnit.ITEM, "{}", stock, 7,
                createdAt);
    }
}
