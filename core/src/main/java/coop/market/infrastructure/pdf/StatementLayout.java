package coop.market.infrastructure.pdf;

import coop.market.application.PlainWords;
import coop.market.application.StatementWords;
import coop.market.domain.earnings.ExpenseCategory;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.domain.shared.Money;
import coop.market.domain.statement.AllowanceComparison;
import coop.market.domain.statement.MonthFigures;
import coop.market.domain.statement.PayoutMade;
import coop.market.domain.statement.Statement;
import coop.market.domain.statement.StatementHeader;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tax-year statement on the page, top to bottom in one column, with plain headings: who and which year, income
 * and contributions by month, expenses, pay-outs, the trading allowance against actual expenses, and benefit
 * periods. Every table ends with its total, so the reader can check the sums.
 */
final class StatementLayout {

    private static final float BLOCK_GAP = 14;
    /** Fits "£99,999.99" in bold at 10pt, with its heading wrapped onto two lines at most. */
    private static final float AMOUNT = 76;

    private final Statement statement;
    private final PageWriter page;
    private final Styles styles;

    StatementLayout(Statement statement, PageWriter page, Styles styles) {
        this.statement = statement;
        this.page = page;
        this.styles = styles;
    }

    /** "Tax year statement 2026-27: Daniel Hughes": the heading's words, and the PDF's title. */
    static String title(Statement statement) {
        return "Tax year statement " + statement.taxYear().label() + ": " + statement.header().memberName();
    }

    void print() throws IOException {
        introduction();
        months();
        expenses();
        payouts();
        allowance();
        benefitPeriods();
    }

    private void introduction() throws IOException {
        StatementHeader header = statement.header();
        page.paragraph(styles.title(), "Tax year statement " + statement.taxYear().label());
        page.moveDown(BLOCK_GAP / 2);
        page.paragraph(styles.heading(), header.memberName());
        List<String> lines = new ArrayList<>();
        lines.add("From " + header.coopName() + ".");
        lines.add("Tax year: " + PlainWords.date(statement.taxYear().start()) + " to "
                + PlainWords.date(statement.taxYear().end()) + ".");
        lines.add("Made on " + PlainWords.date(header.madeOn()) + (header.yearOver() ? "."
                : ". The tax year is not over yet: these are the figures so far."));
        lines.add("Income is counted when the money is received (the cash basis), before the co-op's contribution.");
        page.paragraphs(styles.body(), lines);
    }

    private void months() throws IOException {
        heading("Income and contributions by month");
        List<List<String>> rows = new ArrayList<>();
        for (MonthFigures month : statement.months()) {
            rows.add(List.of(StatementWords.month(month.days()), money(month.income()), money(month.contributions())));
        }
        table(List.of(LineTable.Column.wide("Month", row -> row.get(0)), amount("Income received", 1),
                amount("Co-op contribution", 2)), rows,
                List.of("Total", money(statement.income()), money(statement.contributions())));
    }

    private void expenses() throws IOException {
        heading("Expenses by category");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<ExpenseCategory, Money> spent : statement.expenses().entrySet()) {
            rows.add(List.of(StatementWords.category(spent.getKey()), money(spent.getValue())));
        }
        table(List.of(LineTable.Column.wide("Category", row -> row.get(0)), amount("Amount", 1)), rows,
                List.of("Total", money(statement.expensesTotal())));
    }

    private void payouts() throws IOException {
        heading("Pay-outs");
        if (statement.payouts().isEmpty()) {
            page.paragraph(styles.body(), "No pay-outs were made in this tax year.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (PayoutMade payout : statement.payouts()) {
            rows.add(List.of(PlainWords.shortDate(payout.paidOn()), payout.reference(),
                    StatementWords.method(payout.method()), money(payout.gross()), money(payout.contribution()),
                    money(payout.net())));
        }
        table(List.of(LineTable.Column.text("Day paid", 68, row -> row.get(0)),
                LineTable.Column.wide("Reference", row -> row.get(1)),
                LineTable.Column.text("Paid by", 70, row -> row.get(2)),
                amount("Gross", 3), amount("Contribution", 4), amount("Net", 5)), rows,
                List.of("Total", "", "", money(statement.payoutsGross()), money(statement.payoutsContribution()),
                        money(statement.payoutsNet())));
    }

    private void allowance() throws IOException {
        heading("Trading allowance or actual expenses");
        if (statement.tradingAllowance().isEmpty()) {
            page.paragraph(styles.body(), "There was no trading allowance in this tax year.");
            return;
        }
        AllowanceComparison comparison = statement.tradingAllowance().get();
        List<List<String>> rows = List.of(
                List.of("Income", money(comparison.income())),
                List.of("Recorded expenses", money(comparison.recordedExpenses())),
                List.of("Co-op contributions", money(comparison.contributions())),
                List.of("Actual expenses (recorded expenses and contributions)", money(comparison.actualExpenses())),
                List.of("Profit with actual expenses", money(comparison.profitWithActualExpenses())),
                List.of("Trading allowance", money(comparison.allowance())),
                List.of("Profit with the trading allowance", money(comparison.profitWithAllowance())));
        table(List.of(LineTable.Column.wide("Figure", row -> row.get(0)), amount("Amount", 1)), rows, null);
        page.moveDown(BLOCK_GAP / 2);
        page.paragraph(styles.strong(), StatementWords.allowanceSummary(comparison));
        page.paragraph(styles.body(), StatementWords.EITHER_NOT_BOTH);
    }

    private void benefitPeriods() throws IOException {
        if (statement.benefitPeriods().isEmpty()) {
            return;
        }
        heading("Benefit periods");
        page.paragraph(styles.body(), "Each period as your benefit counts it, so the first and last may run"
                + " outside the tax year. Hours include admin time.");
        List<List<String>> rows = new ArrayList<>();
        for (PeriodEarnings period : statement.benefitPeriods()) {
            rows.add(List.of(PlainWords.shortDate(period.period().start()) + " to "
                    + PlainWords.shortDate(period.period().end()),
                    period.limit() == null ? "" : money(period.limit()), money(period.activity().supplied()),
                    money(period.activity().expenses()), hours(period.activity().minutes())));
        }
        table(List.of(LineTable.Column.wide("Period", row -> row.get(0)), amount("Limit", 1),
                amount("Earnings", 2), amount("Expenses", 3), amount("Hours", 4)), rows, null);
    }

    private void heading(String text) throws IOException {
        page.moveDown(BLOCK_GAP);
        // A heading alone at the foot of a page would be read without what it heads.
        page.makeRoom(styles.heading().lineHeight() * 4);
        page.paragraph(styles.heading(), text);
        page.moveDown(BLOCK_GAP / 3);
    }

    private void table(List<LineTable.Column<List<String>>> columns, List<List<String>> rows, List<String> total)
            throws IOException {
        LineTable.of(columns, page, styles).print(rows, total);
    }

    private static LineTable.Column<List<String>> amount(String heading, int index) {
        return LineTable.Column.amount(heading, AMOUNT, row -> row.get(index));
    }

    private static String money(Money money) {
        return PlainWords.money(money);
    }

    /** "7 hours 30 minutes", or "none". */
    private static String hours(long minutes) {
        return minutes == 0 ? "none" : PlainWords.duration(Duration.ofMinutes(minutes));
    }
}
