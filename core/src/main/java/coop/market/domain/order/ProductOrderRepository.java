package coop.market.domain.order;

import java.util.List;
import java.util.Optional;

/** Where product orders are kept. Orders are never deleted. */
public interface ProductOrderRepository {

    /** Adds a placed order with its lines. */
    void add(ProductOrder order);

    Optional<ProductOrder> find(String id);

    /** The order, its row locked to the end of the transaction, so two moves of one order take turns. */
    Optional<ProductOrder> lock(String id);

    /** Orders matching the query, newest first. */
    List<ProductOrder> search(OrderQuery query);

    /** Orders in one status, oldest first (the order they should be dealt with), a page at a time. */
    List<ProductOrder> inStatus(OrderStatus status, int offset, int limit);

    long countInStatus(OrderStatus status);
}
