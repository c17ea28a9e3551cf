package coop.market.spi;

/** What a listed price is for. */
public enum PriceUnit {
    HOUR,
    VISIT,
    ITEM
}
