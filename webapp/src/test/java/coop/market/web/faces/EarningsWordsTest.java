package coop.market.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.market.domain.earnings.BenefitPeriod;
import coop.market.domain.earnings.LimitKind;
import coop.market.domain.earnings.PeriodActivity;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.domain.shared.Money;
import coop.market.testing.EasyRead;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarningsWordsTest {

    private static final BenefitPeriod WEEK = new BenefitPeriod(LocalDate.parse("2026-11-30"),
            LocalDate.parse("2026-12-06"));

    @Test
    void permittedWorkShowsMoneyHoursAndWhatIsLeftInShortSentences() {
        PeriodEarnings week = new PeriodEarnings(WEEK, LimitKind.ESA_PERMITTED_WORK, Money.gbp(19550), 960L,
                new PeriodActivity(Money.gbp(5000), Money.gbp(10000), Money.gbp(0), 420, 60));
        List<String> lines = EarningsWords.easyRead(week);
        assertEquals(List.of("From 30 November 2026 to 6 December 2026:", "You have earned £50.00.",
                "With the jobs you said yes to, it will be £150.00.", "Your limit is £195.50.",
                "You can earn £45.50 more.", "Your hours: 8 hours.", "Stay under 16 hours a week."), lines);
        EasyRead.assertShortSentences(String.join("\n", lines), "earnings");
    }

    @Test
    void nearTheLimitTheMemberIsAskedToTalkToStaff() {
        PeriodEarnings month = new PeriodEarnings(WEEK, LimitKind.UC_ASSESSMENT, Money.gbp(10000), null,
                new PeriodActivity(Money.gbp(0), Money.gbp(12000), Money.gbp(0), 0, 0));
        List<String> lines = EarningsWords.easyRead(month);
        assertEquals("You have reached your limit.", lines.get(4));
        assertEquals("Please talk to the co-op staff before you take more work.", lines.get(lines.size() - 1));
    }

    @Test
    void withoutALimitThereIsNothingToShow() {
        assertEquals(List.of(), EarningsWords.easyRead(new PeriodEarnings(WEEK, null, null, null,
                PeriodActivity.none(Money.GBP))));
    }
}
