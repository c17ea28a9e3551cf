package coop.market.web.rest;

import static coop.market.application.Jsonp.JSON;
import static coop.market.web.rest.EarningsJson.money;

import coop.market.application.StatementWords;
import coop.market.domain.earnings.ExpenseCategory;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.domain.shared.Money;
import coop.market.domain.statement.AllowanceComparison;
import coop.market.domain.statement.MonthFigures;
import coop.market.domain.statement.PayoutMade;
import coop.market.domain.statement.Statement;
import coop.market.domain.statement.StatementHeader;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * A member's tax-year statement as JSON, written with JSON-P (as earnings are) because a year without a trading
 * allowance has {@code tradingAllowance: null} and a period without a limit {@code limit: null}.
 */
final class StatementJson {

    private StatementJson() {
    }

    static JsonObject of(Statement statement) {
        StatementHeader header = statement.header();
        JsonArrayBuilder months = JSON.createArrayBuilder();
        for (MonthFigures month : statement.months()) {
            months.add(JSON.createObjectBuilder().add("from", month.days().from().toString())
                    .add("to", month.days().to().toString())
                    .add("income", money(month.income()))
                    .add("contributions", money(month.contributions())));
        }
        JsonArrayBuilder categories = JSON.createArrayBuilder();
        for (Map.Entry<ExpenseCategory, Money> spent : statement.expenses().entrySet()) {
            categories.add(JSON.createObjectBuilder().add("category", spent.getKey().name())
                    .add("amount", money(spent.getValue())));
        }
        JsonArrayBuilder payouts = JSON.createArrayBuilder();
        for (PayoutMade payout : statement.payouts()) {
            payouts.add(JSON.createObjectBuilder().add("paidOn", payout.paidOn().toString())
                    .add("reference", payout.reference())
                    .add("method", payout.method().name())
                    .add("gross", money(payout.gross()))
                    .add("contribution", money(payout.contribution()))
                    .add("net", money(payout.net())));
        }
        JsonArrayBuilder periods = JSON.createArrayBuilder();
        statement.benefitPeriods().forEach(period -> periods.add(period(period)));
        return JSON.createObjectBuilder()
                .add("memberId", header.memberId())
                .add("memberName", header.memberName())
                .add("taxYear", statement.taxYear().startYear())
                .add("label", statement.taxYear().label())
                .add("from", statement.taxYear().start().toString())
                .add("to", statement.taxYear().end().toString())
                .add("madeOn", header.madeOn().toString())
                .add("yearOver", header.yearOver())
                .add("months", months)
                .add("income", money(statement.income()))
                .add("contributions", money(statement.contributions()))
                .add("expenses", JSON.createObjectBuilder().add("byCategory", categories)
                        .add("total", money(statement.expensesTotal())))
                .add("payouts", payouts)
                .add("payoutTotals", JSON.createObjectBuilder().add("gross", money(statement.payoutsGross()))
                        .add("contribution", money(statement.payoutsContribution()))
                        .add("net", money(statement.payoutsNet())))
                .add("tradingAllowance", statement.tradingAllowance().<JsonValue>map(StatementJson::allowance)
                        .orElse(JsonValue.NULL))
                .add("benefitPeriods", periods)
                .build();
    }

    private static JsonObject allowance(AllowanceComparison comparison) {
        return JSON.createObjectBuilder()
                .add("allowance", money(comparison.allowance()))
                .add("income", money(comparison.income()))
                .add("recordedExpenses", money(comparison.recordedExpenses()))
                .add("contributions", money(comparison.contributions()))
                .add("actualExpenses", money(comparison.actualExpenses()))
                .add("profitWithActualExpenses", money(comparison.profitWithActualExpenses()))
                .add("profitWithAllowance", money(comparison.profitWithAllowance()))
                .add("lower", comparison.lower().name())
                .add("lowerProfit", money(comparison.lowerProfit()))
                .add("withinAllowance", comparison.withinAllowance())
                .add("summary", StatementWords.allowanceSummary(comparison))
                .build();
    }

    private static JsonObjectBuilder period(PeriodEarnings period) {
        return JSON.createObjectBuilder()
                .add("start", period.period().start().toString())
                .add("end", period.period().end().toString())
                .add("kind", period.kind().name())
                .add("limit", money(period.limit()))
                .add("earnings", money(period.activity().supplied()))
                .add("expenses", money(period.activity().expenses()))
                .add("earned", money(period.earned()))
                .add("minutes", period.activity().minutes());
    }
}
