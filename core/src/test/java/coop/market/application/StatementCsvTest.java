package coop.market.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.payout.PayoutMethodKind;
import coop.market.domain.statement.StatementFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A statement as one CSV file: one figure a row, in pounds, each section ending with its totals. */
class StatementCsvTest {

    @Test
    void everyFigureIsARowAndEverySectionHasItsTotal() {
        List<String> rows = StatementCsv.of(StatementFixtures.daniel()).lines().toList();

        assertEquals("section,from,to,item,amount", rows.get(0));
        assertEquals(List.of(
                "income,2026-04-06,2026-04-30,Money received,0.00",
                "income,2026-05-01,2026-05-31,Money received,1500.00"), rows.subList(1, 3));
        assertEquals("income,2027-04-01,2027-04-05,Money received,0.00", rows.get(13));
        assertEquals("income,2026-04-06,2027-04-05,Total,2400.00", rows.get(14));
        assertEquals("contributions,2026-09-01,2026-09-30,Co-op contribution,45.00", rows.get(20));
        assertEquals("contributions,2026-04-06,2027-04-05,Total,120.00", rows.get(28));
        assertEquals(List.of(
                "expenses,2026-04-06,2027-04-05,Materials,150.00",
                "expenses,2026-04-06,2027-04-05,Travel,50.00",
                "expenses,2026-04-06,2027-04-05,Equipment,0.00",
                "expenses,2026-04-06,2027-04-05,Other,0.00",
                "expenses,2026-04-06,2027-04-05,Total,200.00",
                "payouts,2026-05-31,2026-05-31,Pay-out COOP PAY 1 by bank transfer: gross,1500.00",
                "payouts,2026-05-31,2026-05-31,Pay-out COOP PAY 1 by bank transfer: contribution,75.00",
                "payouts,2026-05-31,2026-05-31,Pay-out COOP PAY 1 by bank transfer: net,1425.00",
                "payouts,2026-09-30,2026-09-30,Pay-out COOP PAY 2 by Stripe: gross,900.00",
                "payouts,2026-09-30,2026-09-30,Pay-out COOP PAY 2 by Stripe: contribution,45.00",
                "payouts,2026-09-30,2026-09-30,Pay-out COOP PAY 2 by Stripe: net,855.00",
                "payouts,2026-04-06,2027-04-05,Total gross,2400.00",
                "payouts,2026-04-06,2027-04-05,Total contribution,120.00",
                "payouts,2026-04-06,2027-04-05,Total net,2280.00",
                "trading-allowance,2026-04-06,2027-04-05,Income,2400.00",
                "trading-allowance,2026-04-06,2027-04-05,Recorded expenses,200.00",
                "trading-allowance,2026-04-06,2027-04-05,Co-op contributions,120.00",
                "trading-allowance,2026-04-06,2027-04-05,Actual expenses,320.00",
                "trading-allowance,2026-04-06,2027-04-05,Profit with actual expenses,2080.00",
                "trading-allowance,2026-04-06,2027-04-05,Trading allowance,1000.00",
                "trading-allowance,2026-04-06,2027-04-05,Profit with trading allowance,1400.00",
                "trading-allowance,2026-04-06,2027-04-05,Lower profit: trading allowance,1400.00",
                "benefit-period,2026-05-04,2026-05-10,Limit,195.50",
                "benefit-period,2026-05-04,2026-05-10,Earnings,150.00",
                "benefit-period,2026-05-04,2026-05-10,Expenses,10.00",
                "benefit-period,2026-05-04,2026-05-10,Earned after expenses,140.00",
                "benefit-period,2026-05-04,2026-05-10,Minutes of work and admin,420"), rows.subList(29, rows.size()));
        assertTrue(StatementCsv.of(StatementFixtures.daniel()).endsWith("\r\n"), "CRLF, as RFC 4180 has it");
    }

    @Test
    void aReferenceIsQuotedWhenItMustBeAndNeverStartsACell() {
        String csv = StatementCsv.of(StatementFixtures.statement(LocalDate.of(2027, 5, 1), List.of(),
                List.of(StatementFixtures.payout("2026-05-31", "=HYPERLINK(\"x\")", 1000, 0,
                        PayoutMethodKind.STRIPE)), List.of(), null, List.of()));

        assertTrue(csv.contains("payouts,2026-05-31,2026-05-31,\"Pay-out =HYPERLINK(\"\"x\"\") by Stripe: gross\",10.00"),
                csv);
        assertTrue(csv.lines().noneMatch(line -> line.startsWith("trading-allowance")), "no allowance, no rows");
    }
}
