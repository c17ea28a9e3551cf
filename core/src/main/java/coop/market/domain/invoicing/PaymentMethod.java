package coop.market.domain.invoicing;

/** How a customer paid. Staff record the first three; card payments come from Stripe. */
public enum PaymentMethod {
    BANK_TRANSFER,
    CASH,
    CHEQUE,
    CARD;

    /** Whether staff record it by hand (money that reached the co-op without the system seeing it). */
    public boolean offline() {
        return this != CARD;
    }
}
