package coop.market.domain.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.Money;
import coop.market.spi.PriceUnit;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListingStockTest {

    private static Listing withStock(Integer stock) {
        return new Listing("l1", "m1", "crafts", "Wooden bird box", "Reclaimed timber", Money.gbp(1800),
                PriceUnit.ITEM, "{}", stock, 7, Instant.parse("2027-03-01T10:00:00Z"));
    }

    @Test
    void orderedItemsComeOffTheStockAndGoBackWhenTheOrderIsCancelled() {
        Listing listing = withStock(6);

        listing.reserve(4);
        assertEquals(Optional.of(2), listing.stock());
        listing.release(3);
        assertEquals(Optional.of(5), listing.stock());
    }

    @Test
    void moreThanIsInStockIsRefusedNamingTheItemAndWhatIsLeft() {
        Listing listing = withStock(2);

        ConflictException tooMany = assertThrows(ConflictException.class, () -> listing.reserve(3));
        assertEquals("not-enough-stock", tooMany.kind());
        assertEquals("Only 2 of \"Wooden bird box\" left, not 3", tooMany.getMessage());
        assertEquals(Optional.of(2), listing.stock(), "nothing taken");
        listing.reserve(2);
        assertEquals("\"Wooden bird box\" is sold out",
                assertThrows(ConflictException.class, () -> listing.reserve(1)).getMessage());
    }

    @Test
    void madeToOrderItemsHaveNoStockToRunOutOf() {
        Listing listing = withStock(null);

        listing.reserve(99);
        listing.release(99);
        assertEquals(Optional.empty(), listing.stock());
    }
}
