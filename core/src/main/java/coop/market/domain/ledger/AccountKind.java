package coop.market.domain.ledger;

/**
 * The co-op's chart of accounts. Some kinds are kept per customer or per member (the account's owner).
 * Each has a normal side: the side its balance usually sits on (assets and expenses debit; what the
 * co-op owes and its income credit).
 */
public enum AccountKind {
    /** What a customer owes the co-op: invoices issued, less payments and credit notes. One per customer. */
    RECEIVABLE("receivable", true, Side.DEBIT),
    /** What the co-op holds for a member: their share of money received, less what has been paid out. One per member. */
    PAYABLE("payable", true, Side.CREDIT),
    /**
     * Members' work and goods (and the co-op's delivery charges) invoiced but not yet paid for: moves to the members'
     * payables (and delivery income) as the money comes in.
     */
    BILLED_WORK("billed-work", false, Side.CREDIT),
    /** Late cancellation fees invoiced but not yet paid for: they too go to the member who kept the day free. */
    CANCELLATION_FEES("cancellation-fees", false, Side.CREDIT),
    /** The co-op's own income: the contribution taken from members' earnings at pay-out. */
    CONTRIBUTION_INCOME("contribution-income", false, Side.CREDIT),
    /**
     * The co-op's own income from delivering orders. Delivery is the co-op's service, not a member's: one delivery
     * brings several members' items, so its charge belongs to no member and is never paid out to one.
     */
    DELIVERY_INCOME("delivery-income", false, Side.CREDIT),
    /** Card payments taken but not yet settled by Stripe into the bank. */
    CARD_CLEARING("card-clearing", false, Side.DEBIT),
    /** The co-op's bank account (cash and cheques paid in go here too). */
    BANK("bank", false, Side.DEBIT),
    /** What card payments cost the co-op in Stripe's fees. */
    CARD_FEES("card-fees", false, Side.DEBIT),
    /** VAT charged on invoices and owed to HMRC (only when the co-op is VAT registered). */
    VAT("vat", false, Side.CREDIT);

    private final String code;
    private final boolean perOwner;
    private final Side normalSide;

    AccountKind(String code, boolean perOwner, Side normalSide) {
        this.code = code;
        this.perOwner = perOwner;
        this.normalSide = normalSide;
    }

    public String code() {
        return code;
    }

    public boolean perOwner() {
        return perOwner;
    }

    public Side normalSide() {
        return normalSide;
    }

    static AccountKind ofCode(String code) {
        for (AccountKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No account kind " + code);
    }
}
