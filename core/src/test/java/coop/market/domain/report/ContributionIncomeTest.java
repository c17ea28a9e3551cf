package coop.market.domain.report;

import static coop.market.domain.statement.StatementFixtures.payout;
import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.market.domain.payout.PayoutMethodKind;
import coop.market.domain.shared.DateRange;
import coop.market.domain.shared.Money;
import coop.market.domain.statement.TaxYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the co-op kept at pay-outs, by month of the period the pay-outs were made in. */
class ContributionIncomeTest {

    @Test
    void eachMonthKeepsThePayOutsMadeInItAndTheTotalIsTheMonths() {
        ContributionIncome income = ContributionIncome.of(ReportPeriod.of(new TaxYear(2026)), List.of(
                payout("2026-04-06", "A", 10000, 501, PayoutMethodKind.BANK_TRANSFER),
                payout("2026-04-30", "B", 9000, 450, PayoutMethodKind.STRIPE),
                payout("2026-05-01", "C", 333, 33, PayoutMethodKind.BANK_TRANSFER),
                payout("2027-04-05", "D", 200, 20, PayoutMethodKind.BANK_TRANSFER),
                payout("2027-04-06", "next year", 99900, 9990, PayoutMethodKind.BANK_TRANSFER)), Money.GBP);

        assertEquals(13, income.months().size());
        assertEquals(new ContributionIncome.Month(new DateRange(LocalDate.parse("2026-04-06"),
                LocalDate.parse("2026-04-30")), Money.gbp(951)), income.months().get(0));
        assertEquals(Money.gbp(33), income.months().get(1).kept(), "May");
        assertEquals(Money.gbp(0), income.months().get(2).kept(), "June");
        assertEquals(Money.gbp(20), income.months().get(12).kept(), "1-5 April");
        assertEquals(Money.gbp(1004), income.total());
    }

    @Test
    void aMonthIsOneRow() {
        ContributionIncome income = ContributionIncome.of(ReportPeriod.of(YearMonth.of(2026, 12)), List.of(
                payout("2026-12-04", "A", 1000, 100, PayoutMethodKind.BANK_TRANSFER)), Money.GBP);

        assertEquals(1, income.months().size());
        assertEquals(Money.gbp(100), income.total());
    }
}
