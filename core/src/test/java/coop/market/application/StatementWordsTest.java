package coop.market.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.market.domain.shared.DateRange;
import coop.market.domain.shared.Money;
import coop.market.domain.statement.AllowanceComparison;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The words of a statement: its months and which way gives the lower profit. */
class StatementWordsTest {

    private static final Money ALLOWANCE = Money.gbp(100000);

    @Test
    void aWholeMonthIsNamedAndAClippedOneGivesItsDays() {
        assertEquals("May 2026", StatementWords.month(new DateRange(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31))));
        assertEquals("6 to 30 April 2026", StatementWords.month(new DateRange(LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 4, 30))));
        assertEquals("1 to 5 April 2027", StatementWords.month(new DateRange(LocalDate.of(2027, 4, 1),
                LocalDate.of(2027, 4, 5))));
    }

    @Test
    void theSummarySaysWhichWayGivesTheLowerProfitWithTheFigures() {
        assertEquals("Income of £640.00 is within the £1,000.00 trading allowance, so it may not need to go on a tax"
                + " return.", summary(64000, 10000, 0));
        assertEquals("The £1,000.00 trading allowance gives the lower profit: £1,400.00, against £2,080.00 with"
                + " actual expenses of £320.00.", summary(240000, 20000, 12000));
        assertEquals("Actual expenses of £1,700.00 give the lower profit: £1,300.00, against £2,000.00 with the"
                + " £1,000.00 trading allowance.", summary(300000, 150000, 20000));
        assertEquals("The £1,000.00 trading allowance and actual expenses of £1,000.00 give the same profit:"
                + " £1,500.00.", summary(250000, 90000, 10000));
    }

    private static String summary(long income, long expenses, long contributions) {
        return StatementWords.allowanceSummary(new AllowanceComparison(Money.gbp(income), ALLOWANCE,
                Money.gbp(expenses), Money.gbp(contributions)));
    }
}
