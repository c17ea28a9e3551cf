package coop.market.spi;

/** The kinds of value a trade attribute can hold. */
public enum AttributeType {
    /** A whole number, within optional bounds. */
    INTEGER,
    /** Yes or no. */
    BOOLEAN,
    /** Free text, with a length limit. */
    TEXT,
    /** One of a fixed list of choices. */
    CHOICE,
    /** Any number of a fixed list of choices. */
    CHOICES,
    /** An amount of money, in the co-op's currency. */
    MONEY
}
