package coop.market.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Address;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductOrderTest {

    private static final LocalDate TUESDAY = LocalDate.of(2027, 3, 2);
    private static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");
    private static final Address HOME = new Address("27 Chipperfield Road", null, "Orpington", "BR5 2QA");

    /** Two bird boxes from Sam's stock at £18.00; one blanket Priya knits to order in 14 days, £35.00. */
    private static final OrderItem BIRD_BOXES = new OrderItem("l-box", "sam", "Wooden bird box", 2, Money.gbp(1800),
            true, 0);
    private static final OrderItem BLANKET = new OrderItem("l-blanket", "priya", "Knitted baby blanket", 1,
            Money.gbp(3500), false, 14);

    private static ProductOrder delivered() {
        return new ProductOrder("o1", "c1", List.of(BIRD_BOXES, BLANKET), Fulfilment.DELIVER, HOME, Money.gbp(350),
                TUESDAY, NOW, "customer@example.org");
    }

    @Test
    void aPlacedOrderTotalsItsItemsAndTheDeliveryCharge() {
        ProductOrder order = delivered();

        assertEquals(OrderStatus.PLACED, order.status());
        assertEquals(List.of(1, 2), order.lines().stream().map(OrderLine::lineNo).toList());
        assertEquals(Money.gbp(3600), order.lines().get(0).total());
        assertEquals(Money.gbp(3500), order.lines().get(1).total());
        assertEquals(Money.gbp(7100), order.itemsTotal());
        assertEquals(Money.gbp(7450), order.total());
        assertEquals(Optional.of(HOME), order.deliveryAddress());
        assertEquals("O1", order.reference());
        assertEquals(List.of("priya", "sam"), List.copyOf(order.memberIds()));
        assertEquals(List.of("Knitted baby blanket"), order.linesOf("priya").stream().map(OrderLine::description)
                .toList());
    }

    @Test
    void itemsFromStockAreReadyTheDayOrderedAndMadeToOrderOnesAfterTheirLeadTime() {
        ProductOrder order = delivered();

        assertEquals(TUESDAY, order.lines().get(0).readyOn());
        assertEquals(LocalDate.of(2027, 3, 16), order.lines().get(1).readyOn());
        assertFalse(order.lines().get(1).fromStock());
    }

    @Test
    void collectingCostsNothingAndNeedsNoAddress() {
        ProductOrder order = new ProductOrder("o2", "c1", List.of(BLANKET), Fulfilment.COLLECT, null,
                Money.gbp(0), TUESDAY, NOW, "staff@example.org");

        assertEquals(Money.gbp(3500), order.total());
        assertTrue(order.deliveryAddress().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new ProductOrder("o3", "c1", List.of(BLANKET),
                Fulfilment.COLLECT, null, Money.gbp(350), TUESDAY, NOW, "x"), "collection is not charged");
        assertThrows(IllegalArgumentException.class, () -> new ProductOrder("o3", "c1", List.of(BLANKET),
                Fulfilment.DELIVER, null, Money.gbp(350), TUESDAY, NOW, "x"), "a delivery needs an address");
    }

    @Test
    void anOrderNeedsItemsEachOnceInOneCurrencyAndSensibleQuantities() {
        assertThrows(IllegalArgumentException.class, () -> new ProductOrder("o", "c1", List.of(), Fulfilment.COLLECT,
                null, Money.gbp(0), TUESDAY, NOW, "x"));
        assertThrows(IllegalArgumentException.class, () -> new ProductOrder("o", "c1", List.of(BLANKET, BLANKET),
                Fulfilment.COLLECT, null, Money.gbp(0), TUESDAY, NOW, "x"));
        assertThrows(IllegalArgumentException.class, () -> new ProductOrder("o", "c1", List.of(new OrderItem("l",
                "m", "Mug", 1, Money.ofMinor(500, "EUR"), true, 0)), Fulfilment.COLLECT, null, Money.gbp(0), TUESDAY,
                NOW, "x"));
        assertThrows(IllegalArgumentException.class, () -> new OrderItem("l", "m", "Mug", 0, Money.gbp(500), true, 0));
        assertThrows(IllegalArgumentException.class, () -> new OrderItem("l", "m", "Mug", 100, Money.gbp(500), true,
                0));
        assertEquals(99, new OrderItem("l", "m", "Mug", 99, Money.gbp(500), true, 0).quantity());
    }

    @Test
    void eachMemberSaysTheirItemsAreReadyAndTheOrderIsReadyWhenAllAre() {
        ProductOrder order = delivered();

        List<OrderLine> sams = order.markReady("sam", NOW);
        assertEquals(List.of("Wooden bird box"), sams.stream().map(OrderLine::description).toList());
        assertEquals(OrderStatus.PLACED, order.status(), "Priya's blanket is not ready yet");
        assertThrows(ConflictException.class, () -> order.markReady("sam", NOW), "Sam's are ready already");

        order.markReady("priya", NOW.plusSeconds(60));
        assertEquals(OrderStatus.READY, order.status());
        assertEquals(Optional.of(NOW.plusSeconds(60)), order.readyAt());
        assertTrue(order.lines().stream().allMatch(OrderLine::ready));
    }

    @Test
    void staffMarkEveryItemReadyAtOnce() {
        ProductOrder order = delivered();

        assertEquals(2, order.markReady(null, NOW).size());
        assertEquals(OrderStatus.READY, order.status());
    }

    @Test
    void aReadyOrderIsFulfilledAndThenCannotMoveAgain() {
        ProductOrder order = delivered();
        ConflictException tooSoon = assertThrows(ConflictException.class, () -> order.fulfil(NOW));
        assertEquals("illegal-transition", tooSoon.kind());
        assertEquals("An order that is placed cannot be fulfilled", tooSoon.getMessage());

        order.markReady(null, NOW);
        order.fulfil(NOW.plusSeconds(3600));

        assertEquals(OrderStatus.FULFILLED, order.status());
        assertEquals(Optional.of(NOW.plusSeconds(3600)), order.fulfilledAt());
        assertThrows(ConflictException.class, () -> order.cancel(NOW));
        assertThrows(ConflictException.class, () -> order.markReady(null, NOW));
        assertThrows(ConflictException.class, () -> order.fulfil(NOW));
    }

    @Test
    void cancellingGivesBackTheItemsTakenFromStock() {
        ProductOrder placed = delivered();
        assertEquals(List.of("l-box"), placed.cancel(NOW).stream().map(OrderLine::listingId).toList());
        assertEquals(OrderStatus.CANCELLED, placed.status());
        assertEquals(Optional.of(NOW), placed.cancelledAt());
        assertThrows(ConflictException.class, () -> placed.cancel(NOW), "once is enough");

        ProductOrder ready = delivered();
        ready.markReady(null, NOW);
        assertEquals(1, ready.cancel(NOW).size(), "a ready order can still be cancelled");
    }
}
