package coop.market.domain.statement;

import static coop.market.domain.statement.StatementFixtures.ALLOWANCE;
import static coop.market.domain.statement.StatementFixtures.LONDON;
import static coop.market.domain.statement.StatementFixtures.YEAR;
import static coop.market.domain.statement.StatementFixtures.expense;
import static coop.market.domain.statement.StatementFixtures.payout;
import static coop.market.domain.statement.StatementFixtures.received;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.earnings.Expense;
import coop.market.domain.earnings.ExpenseCategory;
import coop.market.domain.earnings.LimitKind;
import coop.market.domain.earnings.PeriodActivity;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.domain.payout.PayoutMethodKind;
import coop.market.domain.shared.DateRange;
import coop.market.domain.shared.Money;
import coop.market.domain.statement.AllowanceComparison.Lower;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A member's tax-year statement from plain figures: cash basis by London month, exact to the penny. */
class StatementTest {


    @Test
    void moneyCountsOnItsLondonDaySoTheYearAndItsMonthsTurnAtLondonMidnight() {
        Statement statement = statement(List.of(
                received("2026-04-05T22:59:59Z", 1), // 23:59:59 BST on 5 April: the year before
                received("2026-04-05T23:30:00Z", 1000), // 00:30 BST on 6 April: the first day
                received("2026-04-30T23:30:00Z", 2000), // 00:30 BST on 1 May
                received("2027-01-31T23:30:00Z", 3000), // 23:30 GMT on 31 January
                received("2027-04-05T22:30:00Z", 4000), // 23:30 BST on 5 April: the last day
                received("2027-04-05T23:30:00Z", 5)), // 00:30 BST on 6 April: the next year
                List.of(), List.of(), ALLOWANCE, List.of());

        List<MonthFigures> months = statement.months();
        assertEquals(13, months.size());
        assertEquals(new MonthFigures(range("2026-04-06", "2026-04-30"), Money.gbp(1000), Money.gbp(0)),
                months.get(0));
        assertEquals(Money.gbp(2000), months.get(1).income(), "May");
        assertEquals(Money.gbp(3000), months.get(9).income(), "January");
        assertEquals(new MonthFigures(range("2027-04-01", "2027-04-05"), Money.gbp(4000), Money.gbp(0)),
                months.get(12));
        assertEquals(Money.gbp(10000), statement.income());
    }

    @Test
    void aRefundComesOffTheMonthItWasMadeIn() {
        Statement statement = statement(List.of(received("2026-06-10T09:00:00Z", 5000),
                received("2026-07-02T09:00:00Z", -1250)), List.of(), List.of(), ALLOWANCE, List.of());

        assertEquals(Money.gbp(5000), statement.months().get(2).income());
        assertEquals(Money.gbp(-1250), statement.months().get(3).income());
        assertEquals(Money.gbp(3750), statement.income());
    }

    @Test
    void theAllowanceGivesTheLowerProfitWhenExpensesAreSmall() {
        Statement statement = statement(List.of(received("2026-05-10T09:00:00Z", 150000),
                received("2026-09-10T09:00:00Z", 90000)),
                List.of(payout("2026-05-31", "COOP PAY 1", 150000, 7500, PayoutMethodKind.BANK_TRANSFER),
                        payout("2026-09-30", "COOP PAY 2", 90000, 4500, PayoutMethodKind.STRIPE)),
                List.of(expense("2026-05-02", ExpenseCategory.MATERIALS, 10000),
                        expense("2026-08-20", ExpenseCategory.MATERIALS, 5000),
                        expense("2026-11-01", ExpenseCategory.TRAVEL, 5000)),
                ALLOWANCE, List.of());

        assertEquals(Money.gbp(240000), statement.income());
        assertEquals(Money.gbp(12000), statement.contributions());
        assertEquals(Money.gbp(7500), statement.months().get(1).contributions(), "May's pay-out");
        assertEquals(Money.gbp(4500), statement.months().get(5).contributions(), "September's pay-out");
        assertEquals(Map.of(ExpenseCategory.MATERIALS, Money.gbp(15000), ExpenseCategory.TRAVEL, Money.gbp(5000),
                ExpenseCategory.EQUIPMENT, Money.gbp(0), ExpenseCategory.OTHER, Money.gbp(0)), statement.expenses());
        assertEquals(List.of(ExpenseCategory.values()), List.copyOf(statement.expenses().keySet()), "in order");
        assertEquals(Money.gbp(20000), statement.expensesTotal());
        assertEquals(Money.gbp(240000), statement.payoutsGross());
        assertEquals(Money.gbp(12000), statement.payoutsContribution());
        assertEquals(Money.gbp(228000), statement.payoutsNet());

        AllowanceComparison comparison = statement.tradingAllowance().orElseThrow();
        assertEquals(Money.gbp(32000), comparison.actualExpenses(), "recorded expenses and contributions");
        assertEquals(Money.gbp(208000), comparison.profitWithActualExpenses());
        assertEquals(Money.gbp(140000), comparison.profitWithAllowance());
        assertEquals(Lower.TRADING_ALLOWANCE, comparison.lower());
        assertEquals(Money.gbp(140000), comparison.lowerProfit());
        assertFalse(comparison.withinAllowance());
    }

    @Test
    void actualExpensesGiveTheLowerProfitWhenTheyAreMoreThanTheAllowance() {
        Statement statement = statement(List.of(received("2026-10-01T09:00:00Z", 300000)),
                List.of(payout("2026-10-31", "COOP PAY 3", 300000, 20000, PayoutMethodKind.BANK_TRANSFER)),
                List.of(expense("2026-10-15", ExpenseCategory.EQUIPMENT, 150000)), ALLOWANCE, List.of());

        AllowanceComparison comparison = statement.tradingAllowance().orElseThrow();
        assertEquals(Money.gbp(170000), comparison.actualExpenses());
        assertEquals(Money.gbp(130000), comparison.profitWithActualExpenses());
        assertEquals(Money.gbp(200000), comparison.profitWithAllowance());
        assertEquals(Lower.ACTUAL_EXPENSES, comparison.lower());
        assertEquals(Money.gbp(130000), comparison.lowerProfit());
    }

    @Test
    void incomeWithinTheAllowanceIsSaidToBeAndNeitherProfitGoesBelowNothing() {
        Statement small = statement(List.of(received("2026-07-01T09:00:00Z", 64000)), List.of(),
                List.of(expense("2026-07-01", ExpenseCategory.OTHER, 10000)), ALLOWANCE, List.of());
        AllowanceComparison comparison = small.tradingAllowance().orElseThrow();
        assertTrue(comparison.withinAllowance());
        assertEquals(Money.gbp(0), comparison.profitWithAllowance());
        assertEquals(Money.gbp(54000), comparison.profitWithActualExpenses());
        assertEquals(Lower.TRADING_ALLOWANCE, comparison.lower());

        Statement exactly = statement(List.of(received("2026-07-01T09:00:00Z", 100000)), List.of(), List.of(),
                ALLOWANCE, List.of());
        assertTrue(exactly.tradingAllowance().orElseThrow().withinAllowance(), "the allowance itself is within");

        Statement outlay = statement(List.of(received("2026-07-01T09:00:00Z", 50000)), List.of(),
                List.of(expense("2026-07-01", ExpenseCategory.EQUIPMENT, 80000)), ALLOWANCE, List.of());
        AllowanceComparison loss = outlay.tradingAllowance().orElseThrow();
        assertEquals(Money.gbp(0), loss.profitWithActualExpenses());
        assertEquals(Money.gbp(0), loss.profitWithAllowance());
        assertEquals(Lower.SAME, loss.lower());
    }

    @Test
    void aYearWithoutAnAllowanceHasNoComparison() {
        assertTrue(statement(List.of(), List.of(), List.of(), null, List.of()).tradingAllowance().isEmpty());
    }

    @Test
    void payOutsAndExpensesOutsideTheYearAreLeftOutAndPayOutsAreInDayOrder() {
        Statement statement = statement(List.of(),
                List.of(payout("2027-03-01", "COOP PAY B", 2000, 200, PayoutMethodKind.STRIPE),
                        payout("2026-04-05", "COOP PAY OLD", 9999, 999, PayoutMethodKind.STRIPE),
                        payout("2026-04-06", "COOP PAY A", 1000, 100, PayoutMethodKind.BANK_TRANSFER)),
                List.of(expense("2027-04-06", ExpenseCategory.TRAVEL, 999), expense("2027-04-05",
                        ExpenseCategory.TRAVEL, 300)), ALLOWANCE, List.of());

        assertEquals(List.of("COOP PAY A", "COOP PAY B"), statement.payouts().stream().map(PayoutMade::reference)
                .toList());
        assertEquals(Money.gbp(300), statement.expensesTotal());
        assertEquals(Money.gbp(300), statement.contributions());
        assertEquals(Money.gbp(100), statement.months().get(0).contributions());
    }

    @Test
    void onlyPeriodsUnderAnEarningsLimitAreListedEachWhole() {
        PeriodEarnings before = period("2026-03-24", "2026-03-30", LimitKind.ESA_PERMITTED_WORK, 19550);
        PeriodEarnings crossing = period("2026-03-31", "2026-04-06", LimitKind.ESA_PERMITTED_WORK, 19550);
        PeriodEarnings unlimited = period("2026-04-07", "2026-04-13", null, 0);
        PeriodEarnings uc = period("2026-04-14", "2026-05-13", LimitKind.UC_ASSESSMENT, 50000);

        Statement statement = statement(List.of(), List.of(), List.of(), ALLOWANCE,
                List.of(before, crossing, unlimited, uc));

        assertEquals(List.of(crossing, uc), statement.benefitPeriods());
    }

    @Test
    void everyMonthsFiguresAddUpToTheYearsToThePenny() {
        List<ReceivedMoney> received = new ArrayList<>();
        List<PayoutMade> payouts = new ArrayList<>();
        LocalDate day = YEAR.start();
        for (int i = 1; !day.isAfter(YEAR.end()); i++, day = day.plusDays(3)) {
            received.add(new ReceivedMoney(day.atTime(17, 45).atZone(LONDON).toInstant(), Money.gbp(i * 37L)));
            payouts.add(payout(day.toString(), "COOP PAY " + i, i * 37L, i * 3L, PayoutMethodKind.STRIPE));
        }
        Statement statement = statement(received, payouts, List.of(), ALLOWANCE, List.of());

        long income = received.stream().mapToLong(r -> r.amount().minor()).sum();
        assertEquals(Money.gbp(income), statement.income());
        assertEquals(statement.payoutsContribution(), statement.contributions());
        assertEquals(statement.income(), statement.months().stream().map(MonthFigures::income)
                .reduce(Money.gbp(0), Money::plus));
    }

    private static Statement statement(List<ReceivedMoney> received, List<PayoutMade> payouts,
            List<Expense> expenses, Money allowance, List<PeriodEarnings> periods) {
        return StatementFixtures.statement(LocalDate.of(2027, 5, 1), received, payouts, expenses, allowance,
                periods);
    }

    private static PeriodEarnings period(String start, String end, LimitKind kind, long limit) {
        return StatementFixtures.period(start, end, kind, limit, PeriodActivity.none(Money.GBP));
    }

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }
}
