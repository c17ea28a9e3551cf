package coop.market.domain.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Money;
import coop.market.spi.PriceUnit;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListingChangeTest {

    private static Listing birdBox() {
        return new Listing("l1", "m1", "crafts", "Wooden bird box", "Reclaimed timber", Money.gbp(1800),
                PriceUnit.ITEM, "{}", 4, 7, Instant.parse("2027-03-01T10:00:00Z"));
    }

    @Test
    void describingAgainChangesWordsPriceOptionsAndLeadTimeAndKeepsWhoAndWhatTrade() {
        Listing listing = birdBox();

        listing.describe("Robin nest box", "Oak, with a 32 mm hole", Money.gbp(2250), PriceUnit.ITEM,
                "{\"personalisation\":true}", 10);

        assertEquals("Robin nest box", listing.title());
        assertEquals("Oak, with a 32 mm hole", listing.description());
        assertEquals(Money.gbp(2250), listing.price());
        assertEquals("{\"personalisation\":true}", listing.attributesJson());
        assertEquals(Optional.of(10), listing.leadTimeDays());
        assertEquals("m1", listing.memberId());
        assertEquals("crafts", listing.trade());
        assertEquals(Optional.of(4), listing.stock(), "stock is set on its own, under the orders' lock");
    }

    @Test
    void aNegativePriceOrLeadTimeOrAnotherCurrencyIsRefusedAndNothingChanges() {
        Listing listing = birdBox();

        assertThrows(IllegalArgumentException.class, () -> listing.describe("Box", "Oak", Money.gbp(-1),
                PriceUnit.ITEM, "{}", 7));
        assertThrows(IllegalArgumentException.class, () -> listing.describe("Box", "Oak", Money.gbp(100),
                PriceUnit.ITEM, "{}", -1));
        assertThrows(IllegalArgumentException.class, () -> listing.describe("Box", "Oak", Money.ofMinor(100, "EUR"),
                PriceUnit.ITEM, "{}", 7));
        assertEquals("Wooden bird box", listing.title());
        assertEquals(Money.gbp(1800), listing.price());
    }

    @Test
    void stockIsACountOrMadeToOrderButNeverNegative() {
        Listing listing = birdBox();

        listing.restock(9);
        assertEquals(Optional.of(9), listing.stock());
        listing.restock(null);
        assertTrue(listing.madeToOrder());
        assertThrows(IllegalArgumentException.class, () -> listing.restock(-2));
        assertTrue(listing.madeToOrder());
    }

    @Test
    void withdrawnListingsLeaveTheShopAndComeBackUnchanged() {
        Listing listing = birdBox();
        assertTrue(listing.active());

        listing.withdraw();
        assertFalse(listing.active());
        listing.withdraw();
        assertFalse(listing.active(), "withdrawing twice is still withdrawn");
        listing.relist();

        assertTrue(listing.active());
        assertEquals("Wooden bird box", listing.title());
        assertEquals(Optional.of(4), listing.stock());
    }
}
