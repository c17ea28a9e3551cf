package coop.market.application;

import coop.market.domain.earnings.ExpenseCategory;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.domain.shared.DateRange;
import coop.market.domain.shared.Money;
import coop.market.domain.statement.AllowanceComparison;
import coop.market.domain.statement.MonthFigures;
import coop.market.domain.statement.PayoutMade;
import coop.market.domain.statement.Statement;
import java.time.LocalDate;
import java.util.Map;

/**
 * A tax-year statement as one CSV file: {@code section,from,to,item,amount}, one figure a row, amounts in pounds
 * as plain decimals (as the bank file has them), so a spreadsheet or an accountant's software can add them up.
 * Each section ends with its totals.
 */
final class StatementCsv {

    private final StringBuilder csv = new StringBuilder("section,from,to,item,amount\r\n");

    private StatementCsv() {
    }

    static String of(Statement statement) {
        StatementCsv file = new StatementCsv();
        DateRange year = statement.taxYear().days();
        for (MonthFigures month : statement.months()) {
            file.row("income", month.days(), "Money received", month.income());
        }
        file.row("income", year, "Total", statement.income());
        for (MonthFigures month : statement.months()) {
            file.row("contributions", month.days(), "Co-op contribution", month.contributions());
        }
        file.row("contributions", year, "Total", statement.contributions());
        for (Map.Entry<ExpenseCategory, Money> spent : statement.expenses().entrySet()) {
            file.row("expenses", year, StatementWords.category(spent.getKey()), spent.getValue());
        }
        file.row("expenses", year, "Total", statement.expensesTotal());
        for (PayoutMade payout : statement.payouts()) {
            DateRange day = new DateRange(payout.paidOn(), payout.paidOn());
            String item = "Pay-out " + payout.reference() + " by " + StatementWords.method(payout.method()) + ": ";
            file.row("payouts", day, item + "gross", payout.gross());
            file.row("payouts", day, item + "contribution", payout.contribution());
            file.row("payouts", day, item + "net", payout.net());
        }
        file.row("payouts", year, "Total gross", statement.payoutsGross());
        file.row("payouts", year, "Total contribution", statement.payoutsContribution());
        file.row("payouts", year, "Total net", statement.payoutsNet());
        statement.tradingAllowance().ifPresent(comparison -> file.allowance(year, comparison));
        for (PeriodEarnings period : statement.benefitPeriods()) {
            DateRange days = new DateRange(period.period().start(), period.period().end());
            if (period.limit() != null) {
                file.row("benefit-period", days, "Limit", period.limit());
            }
            file.row("benefit-period", days, "Earnings", period.activity().supplied());
            file.row("benefit-period", days, "Expenses", period.activity().expenses());
            file.row("benefit-period", days, "Earned after expenses", period.earned());
            file.row("benefit-period", days.from(), days.to(), "Minutes of work and admin",
                    String.valueOf(period.activity().minutes()));
        }
        return file.csv.toString();
    }

    private void allowance(DateRange year, AllowanceComparison comparison) {
        row("trading-allowance", year, "Income", comparison.income());
        row("trading-allowance", year, "Recorded expenses", comparison.recordedExpenses());
        row("trading-allowance", year, "Co-op contributions", comparison.contributions());
        row("trading-allowance", year, "Actual expenses", comparison.actualExpenses());
        row("trading-allowance", year, "Profit with actual expenses", comparison.profitWithActualExpenses());
        row("trading-allowance", year, "Trading allowance", comparison.allowance());
        row("trading-allowance", year, "Profit with trading allowance", comparison.profitWithAllowance());
        row("trading-allowance", year, switch (comparison.lower()) {
            case ACTUAL_EXPENSES -> "Lower profit: actual expenses";
            case TRADING_ALLOWANCE -> "Lower profit: trading allowance";
            case SAME -> "Lower profit: the same either way";
        }, comparison.lowerProfit());
    }

    private void row(String section, DateRange days, String item, Money amount) {
        row(section, days.from(), days.to(), item, amount.toDecimal().toPlainString());
    }

    private void row(String section, LocalDate from, LocalDate to, String item, String amount) {
        csv.append(Csv.row(section, from.toString(), to.toString(), item, amount));
    }
}
