package coop.market.domain.statement;

import coop.market.domain.earnings.BenefitPeriod;
import coop.market.domain.earnings.Expense;
import coop.market.domain.earnings.ExpenseCategory;
import coop.market.domain.earnings.LimitKind;
import coop.market.domain.earnings.PeriodActivity;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.domain.payout.PayoutMethodKind;
import coop.market.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Statements and their figures for the statement tests here and for the PDF and CSV tests. */
public final class StatementFixtures {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final TaxYear YEAR = new TaxYear(2026);
    public static final Money ALLOWANCE = Money.gbp(100000);

    private StatementFixtures() {
    }

    /**
     * Daniel's 2026-27, made after it ended: GBP 1,500 received in May and GBP 900 in September, each paid out
     * that month (5% kept), GBP 150 of materials and GBP 50 of travel, one ESA week in May.
     */
    public static Statement daniel() {
        return statement(LocalDate.of(2027, 5, 1),
                List.of(received("2026-05-10T09:00:00Z", 150000), received("2026-09-10T09:00:00Z", 90000)),
                List.of(payout("2026-05-31", "COOP PAY 1", 150000, 7500, PayoutMethodKind.BANK_TRANSFER),
                        payout("2026-09-30", "COOP PAY 2", 90000, 4500, PayoutMethodKind.STRIPE)),
                List.of(expense("2026-05-02", ExpenseCategory.MATERIALS, 10000),
                        expense("2026-08-20", ExpenseCategory.MATERIALS, 5000),
                        expense("2026-11-01", ExpenseCategory.TRAVEL, 5000)),
                ALLOWANCE, List.of(period("2026-05-04", "2026-05-10", LimitKind.ESA_PERMITTED_WORK, 19550,
                        new PeriodActivity(Money.gbp(15000), Money.gbp(0), Money.gbp(1000), 360, 60))));
    }

    public static Statement statement(LocalDate madeOn, List<ReceivedMoney> received, List<PayoutMade> payouts,
            List<Expense> expenses, Money allowance, List<PeriodEarnings> periods) {
        return Statement.of(new StatementHeader("Bristol Makers Co-op", "m1", "Daniel Hughes", YEAR, madeOn),
                new StatementInputs(LONDON, Money.GBP, received, payouts, expenses, allowance, periods));
    }

    public static ReceivedMoney received(String at, long pence) {
        return new ReceivedMoney(Instant.parse(at), Money.gbp(pence));
    }

    public static PayoutMade payout(String day, String reference, long gross, long contribution,
            PayoutMethodKind method) {
        return new PayoutMade(LocalDate.parse(day), reference, Money.gbp(gross), Money.gbp(contribution),
                Money.gbp(gross - contribution), method);
    }

    public static Expense expense(String day, ExpenseCategory category, long pence) {
        return new Expense(day + category + pence, "m1", LocalDate.parse(day), category, Money.gbp(pence), "Spent",
                Instant.parse("2026-04-06T09:00:00Z"), "staff@example.org");
    }

    /** A benefit period; {@code kind} null for a week without a limit. */
    public static PeriodEarnings period(String start, String end, LimitKind kind, long limit,
            PeriodActivity activity) {
        return new PeriodEarnings(new BenefitPeriod(LocalDate.parse(start), LocalDate.parse(end)), kind,
                kind == null ? null : Money.gbp(limit), null, activity);
    }
}
