package coop.market.domain.statement;

import coop.market.domain.shared.Money;
import java.util.Objects;

/**
 * The trading allowance against actual expenses, for a year's gross trading income: HMRC allows one or the
 * other, not both. Actual expenses are the expenses recorded plus the co-op's contributions (the co-op's fee is
 * a cost of the member's business). Neither way makes a profit below nothing.
 */
public record AllowanceComparison(Money income, Money allowance, Money recordedExpenses, Money contributions) {

    /** Which way gives the lower profit. */
    public enum Lower {
        ACTUAL_EXPENSES,
        TRADING_ALLOWANCE,
        SAME
    }

    public AllowanceComparison {
        Objects.requireNonNull(income, "income");
        Objects.requireNonNull(allowance, "allowance");
        Objects.requireNonNull(recordedExpenses, "recordedExpenses");
        Objects.requireNonNull(contributions, "contributions");
    }

    public Money actualExpenses() {
        return recordedExpenses.plus(contributions);
    }

    public Money profitWithActualExpenses() {
        return atLeastNothing(income.minus(actualExpenses()));
    }

    public Money profitWithAllowance() {
        return atLeastNothing(income.minus(allowance));
    }

    /** The lower of the two profits. */
    public Money lowerProfit() {
        return lower() == Lower.ACTUAL_EXPENSES ? profitWithActualExpenses() : profitWithAllowance();
    }

    public Lower lower() {
        int compared = profitWithAllowance().compareTo(profitWithActualExpenses());
        return compared < 0 ? Lower.TRADING_ALLOWANCE : compared > 0 ? Lower.ACTUAL_EXPENSES : Lower.SAME;
    }

    /** Whether the gross income is no more than the allowance (HMRC then need not be told of it). */
    public boolean withinAllowance() {
        return !income.isGreaterThan(allowance);
    }

    private static Money atLeastNothing(Money profit) {
        return profit.isNegative() ? Money.zero(profit.currency()) : profit;
    }
}
