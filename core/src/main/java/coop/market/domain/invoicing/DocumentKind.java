package coop.market.domain.invoicing;

/** The documents that are numbered, each kind in a sequence of its own. */
public enum DocumentKind {
    INVOICE(""),
    CREDIT_NOTE("CN-");

    private final String marker;

    DocumentKind(String marker) {
        this.marker = marker;
    }

    /** Put between the co-op's prefix and the year, so a credit note's number is never mistaken for an invoice's. */
    String marker() {
        return marker;
    }
}
