package coop.market.domain.earnings;

import coop.market.domain.shared.Money;
import java.util.Objects;

/**
 * What a member did in one benefit period, as the books have it: the price (before VAT: the member's share
 * before the co-op's contribution, as their books credit them) of work supplied (completed) and of work
 * confirmed but not yet done, the allowable expenses dated in it, and the minutes of booked work (confirmed or
 * completed) and of admin.
 */
public record PeriodActivity(Money supplied, Money confirmed, Money expenses, long workMinutes, long adminMinutes) {

    public PeriodActivity {
        Objects.requireNonNull(supplied, "supplied");
        Objects.requireNonNull(confirmed, "confirmed");
        Objects.requireNonNull(expenses, "expenses");
    }

    public static PeriodActivity none(java.util.Currency currency) {
        Money zero = Money.zero(currency);
        return new PeriodActivity(zero, zero, zero, 0, 0);
    }

    /** This activity with more work confirmed: the price and minutes of bookings about to be confirmed. */
    public PeriodActivity plusConfirmed(Money price, long minutes) {
        return new PeriodActivity(supplied, confirmed.plus(price), expenses, workMinutes + minutes, adminMinutes);
    }

    /** Earned so far: work supplied less allowable expenses (may be negative in a period of outlay). */
    public Money earned() {
        return supplied.minus(expenses);
    }

    /** What the period will have earned once the confirmed work is done. */
    public Money forecast() {
        return earned().plus(confirmed);
    }

    public long minutes() {
        return workMinutes + adminMinutes;
    }
}
