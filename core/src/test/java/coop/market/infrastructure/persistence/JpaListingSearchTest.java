package coop.market.infrastructure.persistence;

import static coop.market.infrastructure.persistence.Fixtures.at;
import static coop.market.infrastructure.persistence.Fixtures.member;
import static coop.market.infrastructure.persistence.Fixtures.product;
import static coop.market.infrastructure.persistence.Fixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.market.domain.listing.Listing;
import coop.market.domain.listing.ListingQuery;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The storefront search: what a customer is shown for a trade, some words and their postcode.
 * Every test only reads, so the class shares one database.
 */
@Tag("database")
class JpaListingSearchTest {

    private static final List<String> PRODUCT_TRADES = List.of("crafts");

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @BeforeAll
    static void addListings() {
        db.inTransaction(em -> {
            JpaMemberRepository members = new JpaMemberRepository(em);
            members.add(member("daniel", "Daniel Hughes", Set.of("cleaning", "gardening"), Set.of("BR5", "BR6")));
            members.add(member("grace", "Grace Adeyemi", Set.of("cleaning", "crafts"), Set.of("BR7")));
            members.add(member("paul", "Paul Green", Set.of("crafts"), Set.of()));
            em.flush();
            JpaListingRepository listings = new JpaListingRepository(em);
            listings.add(service("home-clean", "daniel", "cleaning", "Home cleaning",
                    "Kitchens and bathrooms, top to bottom", at(1)));
            listings.add(service("hedges", "daniel", "gardening", "Hedge trimming", "Hedges cut and tidied", at(2)));
            listings.add(service("office-clean", "grace", "cleaning", "Office cleaning", "100% eco products, evenings",
                    at(3)));
            listings.add(product("scarf", "grace", "crafts", "Knitted scarf", 2, at(4)));
            listings.add(product("mugs", "paul", "crafts", "Hand-thrown mugs", null, at(5)));
            listings.add(service("deep-clean", "daniel", "cleaning", "Deep cleaning", "Everything", at(6)));
        });
        // There is no way yet to withdraw a listing in the domain, so do it as the database would see it.
        db.inTransaction(em -> em.createNativeQuery("UPDATE listing SET active = false WHERE id = 'deep-clean'")
                .executeUpdate());
    }

    private List<String> search(String trade, String outwardCode, String words, List<String> productTrades,
            int offset, int limit) {
        return new JpaListingRepository(db.entityManager())
                .search(new ListingQuery(trade, outwardCode, words, productTrades, offset, limit))
                .stream().map(Listing::id).toList();
    }

    private List<String> search(String trade, String outwardCode, String words) {
        return search(trade, outwardCode, words, PRODUCT_TRADES, 0, 100);
    }

    @Test
    void withNoFiltersShowsEveryActiveListingNewestFirst() {
        // deep-clean is the newest but withdrawn, so never shown.
        assertEquals(List.of("mugs", "scarf", "office-clean", "hedges", "home-clean"), search(null, null, null));
    }

    @Test
    void filtersByTrade() {
        assertEquals(List.of("office-clean", "home-clean"), search("cleaning", null, null));
        assertEquals(List.of("hedges"), search("gardening", null, null));
        assertEquals(List.of(), search("plumbing", null, null));
    }

    @Test
    void findsWordsInTitleOrDescriptionWhateverTheirCase() {
        assertEquals(List.of("office-clean", "home-clean"), search(null, null, "CLEANING"));
        assertEquals(List.of("home-clean"), search(null, null, "Bathrooms"));
        assertEquals(List.of("hedges"), search(null, null, "  hedge  "));
        assertEquals(List.of("mugs"), search(null, null, "hand-thrown"));
        assertEquals(List.of(), search(null, null, "plumbing"));
    }

    @Test
    void blankWordsDoNotFilter() {
        assertEquals(5, search(null, null, "   ").size());
    }

    @Test
    void likeWildcardsTypedByACustomerAreTakenLiterally() {
        assertEquals(List.of("office-clean"), search(null, null, "100%"));
        assertEquals(List.of("office-clean"), search(null, null, "%"), "% is a character, not 'anything'");
        assertEquals(List.of(), search(null, null, "%clean"));
        assertEquals(List.of(), search(null, null, "_"), "_ is a character, not 'any one character'");
        assertEquals(List.of(), search(null, null, "\\"));
    }

    @Test
    void servicesAreShownOnlyByMembersWhoTravelToThePostcodeProductsAlways() {
        assertEquals(List.of("mugs", "scarf", "hedges", "home-clean"), search(null, "BR6", null));
        assertEquals(List.of("mugs", "scarf", "office-clean"), search(null, "BR7", null));
        assertEquals(List.of("mugs", "scarf"), search(null, "SE1", null));
    }

    @Test
    void withoutProductTradesThePostcodeLimitsEverything() {
        assertEquals(List.of("hedges", "home-clean"), search(null, "BR5", null, List.of(), 0, 100));
        assertEquals(List.of(), search(null, "SE1", null, List.of(), 0, 100));
    }

    @Test
    void combinesTradeWordsAndPostcode() {
        assertEquals(List.of("office-clean"), search("cleaning", "BR7", "eco"));
        assertEquals(List.of(), search("cleaning", "BR5", "eco"));
        assertEquals(List.of("scarf"), search("crafts", "BR5", "knitted"));
    }

    @Test
    void pagesThroughResultsWithOffsetAndLimit() {
        assertEquals(List.of("mugs", "scarf"), search(null, null, null, PRODUCT_TRADES, 0, 2));
        assertEquals(List.of("scarf", "office-clean"), search(null, null, null, PRODUCT_TRADES, 1, 2));
        assertEquals(List.of("home-clean"), search(null, null, null, PRODUCT_TRADES, 4, 10));
        assertEquals(List.of(), search(null, null, null, PRODUCT_TRADES, 5, 10));
    }
}
