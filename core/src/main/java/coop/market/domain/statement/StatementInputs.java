package coop.market.domain.statement;

import coop.market.domain.earnings.Expense;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.domain.shared.Money;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What a member's statement is made from, as read for one tax year: money received for them, pay-outs made to
 * them, their recorded expenses, the trading allowance in force (null if none was), and their benefit periods
 * touching the year.
 *
 * @param zone where the co-op is: a moment counts on the day it was there
 */
public record StatementInputs(ZoneId zone, Currency currency, List<ReceivedMoney> received,
        List<PayoutMade> payouts, List<Expense> expenses, Money tradingAllowance,
        List<PeriodEarnings> benefitPeriods) {

    public StatementInputs {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(currency, "currency");
        received = List.copyOf(received);
        payouts = List.copyOf(payouts);
        expenses = List.copyOf(expenses);
        benefitPeriods = List.copyOf(benefitPeriods);
    }
}
