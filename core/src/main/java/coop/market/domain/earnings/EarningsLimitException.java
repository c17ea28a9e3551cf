package coop.market.domain.earnings;

import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.Money;
import java.time.LocalDate;

/**
 * Confirming the work would take a member over their earnings limit, or to the hours limit of permitted work,
 * in the period named. Only staff may go ahead, with a reason.
 *
 * @see PeriodEarnings#overLimit()
 */
public class EarningsLimitException extends ConflictException {

    /** The machine-readable kind of this conflict. */
    public static final String KIND = "earnings-limit";

    private final transient PeriodEarnings before;

    public EarningsLimitException(String message, PeriodEarnings before) {
        super(KIND, message);
        this.before = before;
    }

    public LocalDate periodStart() {
        return before.period().start();
    }

    public LocalDate periodEnd() {
        return before.period().end();
    }

    /** The headroom the period has without the work refused; empty when only the hours limit refused it. */
    public java.util.Optional<Money> headroom() {
        return before.headroom();
    }

    public java.util.Optional<Money> limit() {
        return java.util.Optional.ofNullable(before.limit());
    }

    /** Minutes left under the hours limit without the work refused, when hours count. */
    public java.util.Optional<Long> minutesLeft() {
        return before.minutesLeft();
    }
}
