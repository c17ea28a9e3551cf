package coop.market.infrastructure.persistence;

import static coop.market.infrastructure.persistence.Fixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.listing.Listing;
import coop.market.domain.listing.NamedListing;
import coop.market.domain.shared.Money;
import coop.market.spi.PriceUnit;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("database")
class JpaListingRepositoryTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @BeforeEach
    void addMember() {
        db.inTransaction(em -> new JpaMemberRepository(em).add(member("m1", "Grace Adeyemi",
                Set.of("cleaning", "crafts"), Set.of("BR7"))));
    }

    @Test
    void storesAndReloadsAServiceWithPriceAndAttributes() {
        Instant listed = Instant.parse("2026-02-28T23:59:59.999999Z");
        String json = "{\"bedrooms\":3,\"extras\":[\"oven\"],\"travel\":{\"minor\":250,\"currency\":\"GBP\"}}";
        db.inTransaction(em -> new JpaListingRepository(em).add(new Listing("l1", "m1", "cleaning", "Home cleaning",
                "Kitchens and bathrooms", Money.gbp(1850), PriceUnit.HOUR, json, null, null, listed)));

        Listing listing = new JpaListingRepository(db.entityManager()).find("l1").orElseThrow();

        assertEquals("m1", listing.memberId());
        assertEquals("cleaning", listing.trade());
        assertEquals("Home cleaning", listing.title());
        assertEquals("Kitchens and bathrooms", listing.description());
        assertEquals(Money.gbp(1850), listing.price());
        assertEquals(PriceUnit.HOUR, listing.priceUnit());
        assertEquals(json, listing.attributesJson());
        assertEquals(Optional.empty(), listing.leadTimeDays());
        assertTrue(listing.active());
        assertEquals(listed, listing.createdAt());
    }

    @Test
    void aProductWithoutStockIsMadeToOrder() {
        db.inTransaction(em -> new JpaListingRepository(em).add(Fixtures.product("l1", "m1", "crafts",
                "Knitted scarf", null, Fixtures.T0)));

        Listing listing = new JpaListingRepository(db.entityManager()).find("l1").orElseThrow();

        assertTrue(listing.madeToOrder());
        assertEquals(Optional.empty(), listing.stock());
        assertEquals(Optional.of(7), listing.leadTimeDays());
        assertEquals(PriceUnit.ITEM, listing.priceUnit());
    }

    @Test
    void aProductsStockIsKeptIncludingZero() {
        db.inTransaction(em -> {
            JpaListingRepository listings = new JpaListingRepository(em);
            listings.add(Fixtures.product("l1", "m1", "crafts", "Knitted scarf", 3, Fixtures.T0));
            listings.add(Fixtures.product("l2", "m1", "crafts", "Knitted hat", 0, Fixtures.T0));
        });
        JpaListingRepository listings = new JpaListingRepository(db.entityManager());

        assertEquals(Optional.of(3), listings.find("l1").orElseThrow().stock());
        Listing soldOut = listings.find("l2").orElseThrow();
        assertEquals(Optional.of(0), soldOut.stock());
        assertFalse(soldOut.madeToOrder(), "none in stock is not the same as made to order");
    }

    @Test
    void aListingMustBelongToAMember() {
        Constraints.assertRefusedWith(Constraints.FOREIGN_KEY_VIOLATION, () -> db.inTransaction(em ->
                new JpaListingRepository(em).add(Fixtures.service("l1", "no-such-member", "cleaning", "Cleaning",
                        "Homes", Fixtures.T0))));
    }

    @Test
    void findsNothingForUnknownIds() {
        JpaListingRepository listings = new JpaListingRepository(db.entityManager());
        assertTrue(listings.find("nothing").isEmpty());
        assertTrue(listings.find(null).isEmpty());
    }

    @Test
    void aListingComesWithItsMembersNameInOneRead() {
        db.inTransaction(em -> new JpaListingRepository(em).add(Fixtures.product("l1", "m1", "crafts",
                "Knitted scarf", 3, Fixtures.T0)));
        JpaListingRepository listings = new JpaListingRepository(db.entityManager());

        NamedListing named = listings.findNamed("l1").orElseThrow();

        assertEquals("Knitted scarf", named.listing().title());
        assertEquals("Grace Adeyemi", named.memberName());
        assertTrue(listings.findNamed("nothing").isEmpty());
        assertEquals(List.of("Knitted scarf"), listings.activeOf("m1").stream().map(Listing::title).toList());
        assertEquals(List.of(), listings.activeOf("m2"));
        assertTrue(listings.findNamed(null).isEmpty());
    }

    @Test
    void aMembersListingsAreThoseInTheShopFirstThenThoseTakenOutAndWithdrawnOnesAreNotFoundInTheShop() {
        db.inTransaction(em -> {
            JpaListingRepository listings = new JpaListingRepository(em);
            listings.add(Fixtures.product("l1", "m1", "crafts", "Knitted scarf", 3, Fixtures.T0));
            listings.add(Fixtures.product("l2", "m1", "crafts", "Bird box", 3, Fixtures.T0));
            listings.add(Fixtures.product("l3", "m1", "crafts", "Apron", 3, Fixtures.T0));
        });
        db.inTransaction(em -> new JpaListingRepository(em).find("l3").orElseThrow().withdraw());
        JpaListingRepository listings = new JpaListingRepository(db.entityManager());

        assertEquals(List.of("Bird box", "Knitted scarf", "Apron"),
                listings.of("m1").stream().map(Listing::title).toList());
        assertEquals(List.of("Bird box", "Knitted scarf"),
                listings.activeOf("m1").stream().map(Listing::title).toList());
    }
}
