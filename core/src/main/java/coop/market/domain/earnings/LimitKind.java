package coop.market.domain.earnings;

/** Which benefit rule a member's earnings limit comes from; it decides the period and whether hours count. */
public enum LimitKind {
    /** ESA permitted work: a weekly limit, and fewer than the rate table's hours a week. */
    ESA_PERMITTED_WORK(PeriodLength.WEEK),
    /** Universal Credit: a monthly assessment period from the member's own start day. */
    UC_ASSESSMENT(PeriodLength.MONTH),
    /** A limit staff agree with the member's adviser, with its own period. */
    CUSTOM(null);

    private final PeriodLength fixedPeriod;

    LimitKind(PeriodLength fixedPeriod) {
        this.fixedPeriod = fixedPeriod;
    }

    /** The only period this kind allows, or null when staff choose (CUSTOM). */
    public PeriodLength fixedPeriod() {
        return fixedPeriod;
    }
}
