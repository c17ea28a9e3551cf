package coop.market.spi;

/** Whether a trade sells time (booked in a member's calendar) or things (ordered, from stock). */
public enum TradeKind {
    SERVICE,
    PRODUCT
}
