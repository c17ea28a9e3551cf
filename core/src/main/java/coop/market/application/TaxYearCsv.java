package coop.market.application;

import coop.market.domain.shared.Money;
import coop.market.domain.statement.AllowanceComparison;
import coop.market.domain.statement.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Every member's totals for a tax year as one CSV file, a row per member, for the co-op's year-end checks and
 * members' tax returns: the totals of their own statements, amounts in pounds as plain decimals (as the
 * statement's CSV has them). The last columns are the trading allowance against actual expenses, empty for a year
 * with no allowance in force.
 */
final class TaxYearCsv {

    static final String HEADER = "member,member id,tax year,income,contributions,expenses,paid out gross,"
            + "paid out net,actual expenses,trading allowance,lower profit with,lower profit";

    private TaxYearCsv() {
    }

    static String of(List<Statement> statements) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Statement statement : statements) {
            Optional<AllowanceComparison> allowance = statement.tradingAllowance();
            csv.append(Csv.row(statement.header().memberName(), statement.header().memberId(),
                    statement.taxYear().label(), pounds(statement.income()), pounds(statement.contributions()),
                    pounds(statement.expensesTotal()), pounds(statement.payoutsGross()),
                    pounds(statement.payoutsNet()),
                    allowance.map(AllowanceComparison::actualExpenses).map(TaxYearCsv::pounds).orElse(null),
                    allowance.map(AllowanceComparison::allowance).map(TaxYearCsv::pounds).orElse(null),
                    allowance.map(TaxYearCsv::lowerWith).orElse(null),
                    allowance.map(AllowanceComparison::lowerProfit).map(TaxYearCsv::pounds).orElse(null)));
        }
        return csv.toString();
    }

    private static String lowerWith(AllowanceComparison comparison) {
        return switch (comparison.lower()) {
            case ACTUAL_EXPENSES -> "actual expenses";
            case TRADING_ALLOWANCE -> "trading allowance";
            case SAME -> "the same either way";
        };
    }

    private static String pounds(Money amount) {
        return amount.toDecimal().toPlainString();
    }
}
