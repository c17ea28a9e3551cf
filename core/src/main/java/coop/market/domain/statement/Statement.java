package coop.market.domain.statement;

import coop.market.domain.earnings.Expense;
import coop.market.domain.earnings.ExpenseCategory;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.domain.shared.DateRange;
import coop.market.domain.shared.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A member's accounts for one tax year, on the cash basis HMRC takes by default: income is the member's share of
 * money as it is received (before the co-op's contribution), by month; the contributions the co-op kept from
 * pay-outs made in the year; expenses by category; the pay-outs themselves; the trading allowance against actual
 * expenses; and, if the member had an earnings limit, each benefit period touching the year, whole (a benefit
 * period is reported as the benefit counts it, even where it crosses 6 April). Totals are sums of the lines, so
 * they add up to the penny.
 */
public final class Statement {

    private final StatementHeader header;
    private final Currency currency;
    private final List<MonthFigures> months;
    private final Map<ExpenseCategory, Money> expenses;
    private final List<PayoutMade> payouts;
    private final AllowanceComparison allowance;
    private final List<PeriodEarnings> benefitPeriods;

    private Statement(StatementHeader header, Currency currency, List<MonthFigures> months,
            Map<ExpenseCategory, Money> expenses, List<PayoutMade> payouts, AllowanceComparison allowance,
            List<PeriodEarnings> benefitPeriods) {
        this.header = header;
        this.currency = currency;
        this.months = List.copyOf(months);
        this.expenses = Collections.unmodifiableMap(new EnumMap<>(expenses));
        this.payouts = List.copyOf(payouts);
        this.allowance = allowance;
        this.benefitPeriods = List.copyOf(benefitPeriods);
    }

    /** The statement for the header's tax year; anything in the inputs dated outside the year is left out. */
    public static Statement of(StatementHeader header, StatementInputs inputs) {
        TaxYear year = header.taxYear();
        Money zero = Money.zero(inputs.currency());
        List<PayoutMade> payouts = inputs.payouts().stream().filter(p -> year.contains(p.paidOn()))
                .sorted(Comparator.comparing(PayoutMade::paidOn).thenComparing(PayoutMade::reference)).toList();
        List<MonthFigures> months = new ArrayList<>();
        for (DateRange month : year.months()) {
            Money income = inputs.received().stream()
                    .filter(r -> month.contains(r.at().atZone(inputs.zone()).toLocalDate()))
                    .map(ReceivedMoney::amount).reduce(zero, Money::plus);
            Money contributions = sum(payouts.stream().filter(p -> month.contains(p.paidOn())).toList(),
                    PayoutMade::contribution, zero);
            months.add(new MonthFigures(month, income, contributions));
        }
        Map<ExpenseCategory, Money> expenses = new EnumMap<>(ExpenseCategory.class);
        for (ExpenseCategory category : ExpenseCategory.values()) {
            expenses.put(category, sum(inputs.expenses().stream()
                    .filter(e -> e.category() == category && year.contains(e.spentOn())).toList(),
                    Expense::amount, zero));
        }
        List<PeriodEarnings> limited = inputs.benefitPeriods().stream()
                .filter(p -> p.kind() != null && !p.period().end().isBefore(year.start())
                        && !p.period().start().isAfter(year.end()))
                .toList();
        AllowanceComparison allowance = inputs.tradingAllowance() == null ? null
                : new AllowanceComparison(sum(months, MonthFigures::income, zero), inputs.tradingAllowance(),
                        sum(List.copyOf(expenses.values()), Function.identity(), zero),
                        sum(months, MonthFigures::contributions, zero));
        return new Statement(header, inputs.currency(), months, expenses, payouts, allowance, limited);
    }

    public StatementHeader header() {
        return header;
    }

    public TaxYear taxYear() {
        return header.taxYear();
    }

    public Currency currency() {
        return currency;
    }

    /** The year's months in order, 6-30 April first and 1-5 April last. */
    public List<MonthFigures> months() {
        return months;
    }

    /** Income received in the year: the sum of the months. */
    public Money income() {
        return sum(months, MonthFigures::income, Money.zero(currency));
    }

    /** Contributions kept from pay-outs made in the year: the sum of the months. */
    public Money contributions() {
        return sum(months, MonthFigures::contributions, Money.zero(currency));
    }

    /** Recorded expenses by category, every category present (nothing spent is zero), in the category's order. */
    public Map<ExpenseCategory, Money> expenses() {
        return expenses;
    }

    public Money expensesTotal() {
        return sum(List.copyOf(expenses.values()), Function.identity(), Money.zero(currency));
    }

    /** Pay-outs made in the year, by day paid. */
    public List<PayoutMade> payouts() {
        return payouts;
    }

    public Money payoutsGross() {
        return sum(payouts, PayoutMade::gross, Money.zero(currency));
    }

    public Money payoutsContribution() {
        return sum(payouts, PayoutMade::contribution, Money.zero(currency));
    }

    public Money payoutsNet() {
        return sum(payouts, PayoutMade::net, Money.zero(currency));
    }

    /** The trading allowance against actual expenses; empty for a year no allowance was in force. */
    public Optional<AllowanceComparison> tradingAllowance() {
        return Optional.ofNullable(allowance);
    }

    /** The benefit periods with an earnings limit touching the year, in order; empty if the member had none. */
    public List<PeriodEarnings> benefitPeriods() {
        return benefitPeriods;
    }

    private static <T> Money sum(List<T> items, Function<T, Money> amount, Money zero) {
        return items.stream().map(amount).reduce(zero, Money::plus);
    }
}
