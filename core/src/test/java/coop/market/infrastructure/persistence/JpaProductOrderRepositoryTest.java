package coop.market.infrastructure.persistence;

import static coop.market.domain.invoicing.InvoiceFixtures.BILLED;
import static coop.market.infrastructure.persistence.Fixtures.member;
import static coop.market.infrastructure.persistence.Fixtures.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.customer.Customer;
import coop.market.domain.invoicing.Billable;
import coop.market.domain.invoicing.BillableWork;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.LineSource;
import coop.market.domain.listing.Listing;
import coop.market.domain.order.Fulfilment;
import coop.market.domain.order.OrderItem;
import coop.market.domain.order.OrderLine;
import coop.market.domain.order.OrderQuery;
import coop.market.domain.order.OrderStatus;
import coop.market.domain.order.ProductOrder;
import coop.market.domain.shared.Address;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.Money;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Product orders in the database, on H2 (and PostgreSQL with TEST_DB=postgresql): stored and read back with their
 * lines, found by customer and by member, waiting for invoicing once fulfilled; and stock that customers race for
 * is never sold twice.
 */
@Tag("database")
class JpaProductOrderRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final Address HOME = new Address("27 Chipperfield Road", null, "Orpington", "BR5 2QA");

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @BeforeEach
    void twoMakersAndTwoCustomers() {
        db.inTransaction(em -> {
            JpaMemberRepository members = new JpaMemberRepository(em);
            members.add(member("sam", "Sam Okoro", Set.of("crafts"), Set.of("BR6")));
            members.add(member("priya", "Priya Shah", Set.of("crafts"), Set.of("BR5")));
            JpaCustomerRepository customers = new JpaCustomerRepository(em);
            customers.add(new Customer("c1", "Margaret Collins", "margaret@example.org", HOME, null, Fixtures.T0));
            customers.add(new Customer("c2", "Bo Brown", "bo@example.org", HOME, null, Fixtures.T0));
            JpaListingRepository listings = new JpaListingRepository(em);
            listings.add(product("box", "sam", "crafts", "Wooden bird box", 1, Fixtures.T0));
            listings.add(product("cards", "priya", "crafts", "Greeting cards", 3, Fixtures.T0));
            listings.add(product("blanket", "priya", "crafts", "Knitted baby blanket", null, Fixtures.T0));
        });
    }

    @Test
    void anOrderIsKeptWithItsLinesAddressAndDeliveryCharge() {
        db.inTransaction(em -> new JpaProductOrderRepository(em).add(new ProductOrder("o1", "c1",
                List.of(item("box", "sam", 1, true), item("blanket", "priya", 2, false)), Fulfilment.DELIVER, HOME,
                Money.gbp(350), DAY, Fixtures.T0, "margaret@example.org")));
        db.inTransaction(em -> new JpaProductOrderRepository(em).add(new ProductOrder("o2", "c1",
                List.of(item("cards", "priya", 1, true)), Fulfilment.COLLECT, null, Money.gbp(0), DAY,
                Fixtures.at(5), "staff@example.org")));

        EntityManager em = db.entityManager();
        ProductOrder delivered = new JpaProductOrderRepository(em).find("o1").orElseThrow();
        assertEquals(Optional.of(HOME), delivered.deliveryAddress());
        assertEquals(Money.gbp(350), delivered.deliveryCharge());
        assertEquals(Fixtures.T0, delivered.placedAt());
        assertEquals(List.of("box", "blanket"), delivered.lines().stream().map(OrderLine::listingId).toList());
        assertEquals(List.of(DAY, DAY.plusDays(7)), delivered.lines().stream().map(OrderLine::readyOn).toList());
        assertEquals(Money.gbp(1200 + 2400 + 350), delivered.total());
        assertTrue(new JpaProductOrderRepository(em).find("o2").orElseThrow().deliveryAddress().isEmpty(),
                "collected: no address");
    }

    @Test
    void ordersAreFoundByCustomerAndByTheMembersWhoseItemsTheyHoldNewestFirst() {
        db.inTransaction(em -> {
            JpaProductOrderRepository orders = new JpaProductOrderRepository(em);
            orders.add(collected("o1", "c1", Fixtures.at(1), item("box", "sam", 1, true)));
            orders.add(collected("o2", "c1", Fixtures.at(2), item("cards", "priya", 1, true)));
            orders.add(collected("o3", "c2", Fixtures.at(3), item("cards", "priya", 1, true),
                    item("box", "sam", 1, true)));
        });
        JpaProductOrderRepository orders = new JpaProductOrderRepository(db.entityManager());

        assertEquals(List.of("o2", "o1"), ids(orders.search(new OrderQuery("c1", null, 0, 10))));
        assertEquals(List.of("o3", "o1"), ids(orders.search(new OrderQuery(null, "sam", 0, 10))));
        assertEquals(List.of("o2"), ids(orders.search(new OrderQuery("c1", "priya", 0, 10))));
        assertEquals(List.of("o2"), ids(orders.search(new OrderQuery(null, null, 1, 1))));
    }

    @Test
    void theBoardListsOrdersInOneStatusOldestFirstAPageAtATime() {
        db.inTransaction(em -> {
            JpaProductOrderRepository orders = new JpaProductOrderRepository(em);
            orders.add(collected("o1", "c1", Fixtures.at(3), item("box", "sam", 1, true)));
            orders.add(collected("o2", "c1", Fixtures.at(1), item("cards", "priya", 1, true)));
            orders.add(collected("o3", "c2", Fixtures.at(2), item("cards", "priya", 1, true)));
            ProductOrder ready = collected("o4", "c2", Fixtures.at(0), item("blanket", "priya", 1, false));
            ready.markReady(null, Fixtures.at(4));
            orders.add(ready);
        });
        JpaProductOrderRepository orders = new JpaProductOrderRepository(db.entityManager());

        assertEquals(List.of("o2", "o3", "o1"), ids(orders.inStatus(OrderStatus.PLACED, 0, 10)));
        assertEquals(List.of("o3"), ids(orders.inStatus(OrderStatus.PLACED, 1, 1)));
        assertEquals(3, orders.countInStatus(OrderStatus.PLACED));
        assertEquals(List.of("o4"), ids(orders.inStatus(OrderStatus.READY, 0, 10)));
        assertEquals(0, orders.countInStatus(OrderStatus.FULFILLED));
    }

    @Test
    void twoCustomersRacingForTheLastItemOneGetsItAndTheOtherIsRefused() throws Exception {
        List<Boolean> outcomes = race(8, n -> List.of("box"));

        assertEquals(1, outcomes.stream().filter(Boolean::booleanValue).count(), outcomes.toString());
        assertEquals(Optional.of(0), stock("box"));
        assertEquals(1L, orderRows());
    }

    @Test
    void ordersOfTheSameItemsInEitherOrderNeitherDeadlockNorOversell() throws Exception {
        db.inTransaction(em -> new JpaListingRepository(em).lockForOrder(List.of("box")).get(0).release(2));

        List<Boolean> outcomes = race(8, n -> n % 2 == 0 ? List.of("box", "cards") : List.of("cards", "box"));

        assertEquals(3, outcomes.stream().filter(Boolean::booleanValue).count(), outcomes.toString());
        assertEquals(Optional.of(0), stock("box"));
        assertEquals(Optional.of(0), stock("cards"));
        assertEquals(3L, orderRows());
    }

    @Test
    void aFulfilledOrderWaitsForInvoicingUntilItsItemsAndDeliveryAreInvoiced() {
        Instant fulfilled = Fixtures.at(60);
        db.inTransaction(em -> {
            ProductOrder order = new ProductOrder("o1", "c1", List.of(item("box", "sam", 1, true),
                    item("blanket", "priya", 2, false)), Fulfilment.DELIVER, HOME, Money.gbp(350), DAY, Fixtures.T0,
                    "margaret@example.org");
            order.markReady(null, fulfilled);
            order.fulfil(fulfilled);
            new JpaProductOrderRepository(em).add(order);
            new JpaProductOrderRepository(em).add(collected("o2", "c1", Fixtures.T0, item("cards", "priya", 1, true)));
        });
        JpaBillableWork waiting = new JpaBillableWork(db.entityManager());

        assertEquals(List.of(), waiting.fulfilledOrders("c1", fulfilled), "fulfilled after the period's end");
        List<BillableWork.FulfilledOrder> due = waiting.fulfilledOrders("c1", fulfilled.plusSeconds(1));
        assertEquals(1, due.size(), "o2 is only placed");
        BillableWork.FulfilledOrder order = due.get(0);
        assertEquals("o1", order.orderId());
        assertEquals(fulfilled, order.fulfilledAt());
        assertEquals(Money.gbp(350), order.deliveryCharge());
        assertEquals(List.of(new BillableWork.SoldItem(lineId("o1", 1), "sam", "Sam Okoro", "Wooden bird box", 1,
                        Money.gbp(1200)), new BillableWork.SoldItem(lineId("o1", 2), "priya", "Priya Shah",
                        "Knitted baby blanket", 2, Money.gbp(1200))), order.items());
        assertEquals(List.of("c1"), List.copyOf(waiting.waiting(DAY, fulfilled.plusSeconds(1)).keySet()));

        db.inTransaction(em -> new JpaInvoices(em).add(new Invoice("i1", "BME-2026-00001", "c1", BILLED, null, DAY, DAY,
                List.of(new Billable(LineSource.ORDER, lineId("o1", 1), "c1", "sam", "Sam Okoro", DAY, "Bird box",
                                BigDecimal.ONE, Money.gbp(1200), Money.gbp(1200)),
                        new Billable(LineSource.DELIVERY, "o1", "c1", null, "The co-op", DAY, "Delivery",
                                BigDecimal.ONE, Money.gbp(350), Money.gbp(350))), null, null, Fixtures.T0)));

        List<BillableWork.FulfilledOrder> rest = new JpaBillableWork(db.entityManager())
                .fulfilledOrders("c1", fulfilled.plusSeconds(1));
        assertEquals(1, rest.size());
        assertEquals(List.of("Knitted baby blanket"), rest.get(0).items().stream()
                .map(BillableWork.SoldItem::description).toList());
        assertEquals(Money.gbp(0), rest.get(0).deliveryCharge(), "the delivery is invoiced already");
    }

    /**
     * Customers order one of each listing at the same moment, each as the service does it: lock the listings,
     * take from stock, save the order, commit. Whether each got theirs.
     */
    private List<Boolean> race(int customers, java.util.function.IntFunction<List<String>> wanted) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(customers);
        try {
            List<Callable<Boolean>> orders = new ArrayList<>();
            for (int n = 0; n < customers; n++) {
                List<String> listingIds = wanted.apply(n);
                String orderId = "race-" + n;
                EntityManager em = db.entityManager();
                orders.add(() -> {
                    start.await();
                    em.getTransaction().begin();
                    try {
                        List<OrderItem> items = new ArrayList<>();
                        for (Listing listing : new JpaListingRepository(em).lockForOrder(listingIds)) {
                            listing.reserve(1);
                            items.add(new OrderItem(listing.id(), listing.memberId(), listing.title(), 1,
                                    listing.price(), true, 0));
                        }
                        new JpaProductOrderRepository(em).add(new ProductOrder(orderId, "c1", items,
                                Fulfilment.COLLECT, null, Money.gbp(0), DAY, Fixtures.T0, "racer"));
                        em.getTransaction().commit();
                        return true;
                    } catch (ConflictException soldOut) {
                        em.getTransaction().rollback();
                        return false;
                    }
                });
            }
            List<Future<Boolean>> running = new ArrayList<>();
            orders.forEach(order -> running.add(pool.submit(order)));
            start.countDown();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> outcome : running) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Optional<Integer> stock(String listingId) {
        return new JpaListingRepository(db.entityManager()).find(listingId).orElseThrow().stock();
    }

    private long orderRows() {
        return db.jdbc(connection -> {
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT COUNT(*) FROM product_order")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private String lineId(String orderId, int lineNo) {
        return new JpaProductOrderRepository(db.entityManager()).find(orderId).orElseThrow().lines().get(lineNo - 1)
                .id();
    }

    private static OrderItem item(String listingId, String memberId, int quantity, boolean fromStock) {
        String title = switch (listingId) {
            case "box" -> "Wooden bird box";
            case "cards" -> "Greeting cards";
            default -> "Knitted baby blanket";
        };
        return new OrderItem(listingId, memberId, title, quantity, Money.gbp(1200), fromStock, 7);
    }

    private static ProductOrder collected(String id, String customerId, Instant placedAt, OrderItem... items) {
        return new ProductOrder(id, customerId, List.of(items), Fulfilment.COLLECT, null, Money.gbp(0), DAY, placedAt,
                "customer");
    }

    private static List<String> ids(List<ProductOrder> orders) {
        return orders.stream().map(ProductOrder::id).toList();
    }
}
