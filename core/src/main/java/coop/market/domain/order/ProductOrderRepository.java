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
}
