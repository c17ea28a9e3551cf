package coop.market.domain.order;

/** How the customer gets an order: they collect it from the co-op, or the co-op delivers it (for a charge). */
public enum Fulfilment {
    COLLECT,
    DELIVER
}
