package coop.market.domain.order;

/**
 * Where an order is in its life. A placed order becomes ready once every item is ready, and fulfilled when the
 * customer has it (collected or delivered); it may be cancelled until it is fulfilled.
 */
public enum OrderStatus {
    PLACED,
    READY,
    FULFILLED,
    CANCELLED;

    /** Whether an order in this status may move to the next. */
    public boolean canBecome(OrderStatus next) {
        return switch (this) {
            case PLACED -> next == READY || next == CANCELLED;
            case READY -> next == FULFILLED || next == CANCELLED;
            default -> false;
        };
    }
}
