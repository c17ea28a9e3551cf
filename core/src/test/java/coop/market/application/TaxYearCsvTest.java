package coop.market.application;

import static coop.market.domain.statement.StatementFixtures.received;
import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.market.domain.statement.StatementFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every member's tax-year totals as one CSV file: a row per member, the totals of their own statements. */
class TaxYearCsvTest {

    @Test
    void aRowPerMemberWithTheirStatementsTotalsAndTheLowerProfit() {
        List<String> rows = TaxYearCsv.of(List.of(StatementFixtures.daniel(),
                StatementFixtures.statement(LocalDate.parse("2026-12-06"), List.of(received("2026-06-10T09:00:00Z",
                        12345)), List.of(), List.of(), null, List.of()))).lines().toList();

        assertEquals(List.of("member,member id,tax year,income,contributions,expenses,paid out gross,paid out net,"
                        + "actual expenses,trading allowance,lower profit with,lower profit",
                "Daniel Hughes,m1,2026-27,2400.00,120.00,200.00,2400.00,2280.00,320.00,1000.00,trading allowance,"
                        + "1400.00",
                "Daniel Hughes,m1,2026-27,123.45,0.00,0.00,0.00,0.00,,,,"), rows,
                "no allowance in force: its columns empty");
    }

    @Test
    void noMembersIsTheHeaderAlone() {
        assertEquals(TaxYearCsv.HEADER + "\r\n", TaxYearCsv.of(List.of()));
    }
}
