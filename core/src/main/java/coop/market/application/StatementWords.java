package coop.market.application;

import coop.market.domain.earnings.ExpenseCategory;
import coop.market.domain.payout.PayoutMethodKind;
import coop.market.domain.shared.DateRange;
import coop.market.domain.statement.AllowanceComparison;
import coop.market.domain.statement.Statement;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A tax-year statement's words, the same in its PDF, its CSV file and the API: months, categories, the allowance. */
public final class StatementWords {

    /** Why both figures are shown. */
    public static final String EITHER_NOT_BOTH = "You can claim the trading allowance or your actual expenses,"
            + " not both.";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private StatementWords() {
    }

    /** "Statement 2026-27 Daniel Hughes": the file's name and the PDF's footer. */
    public static String title(Statement statement) {
        return "Statement " + statement.taxYear().label() + " " + statement.header().memberName();
    }

    /** "May 2026" for a whole month; "6 to 30 April 2026" for one the tax year cuts short. */
    public static String month(DateRange days) {
        boolean whole = days.from().getDayOfMonth() == 1
                && days.to().getDayOfMonth() == days.to().lengthOfMonth();
        return whole ? MONTH.format(days.from())
                : days.from().getDayOfMonth() + " to " + days.to().getDayOfMonth() + " " + MONTH.format(days.to());
    }

    /** "Materials", "Travel", "Equipment", "Other". */
    public static String category(ExpenseCategory category) {
        String name = category.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** "bank transfer" or "Stripe". */
    public static String method(PayoutMethodKind method) {
        return switch (method) {
            case BANK_TRANSFER -> "bank transfer";
            case STRIPE -> "Stripe";
        };
    }

    /** Which way gives the lower profit, in one sentence with the figures. */
    public static String allowanceSummary(AllowanceComparison comparison) {
        String allowance = PlainWords.money(comparison.allowance());
        if (comparison.withinAllowance()) {
            return "Income of " + PlainWords.money(comparison.income()) + " is within the " + allowance
                    + " trading allowance, so it may not need to go on a tax return.";
        }
        String withAllowance = PlainWords.money(comparison.profitWithAllowance());
        String withExpenses = PlainWords.money(comparison.profitWithActualExpenses());
        String expenses = PlainWords.money(comparison.actualExpenses());
        return switch (comparison.lower()) {
            case TRADING_ALLOWANCE -> "The " + allowance + " trading allowance gives the lower profit: "
                    + withAllowance + ", against " + withExpenses + " with actual expenses of " + expenses + ".";
            case ACTUAL_EXPENSES -> "Actual expenses of " + expenses + " give the lower profit: " + withExpenses
                    + ", against " + withAllowance + " with the " + allowance + " trading allowance.";
            case SAME -> "The " + allowance + " trading allowance and actual expenses of " + expenses
                    + " give the same profit: " + withAllowance + ".";
        };
    }
}
