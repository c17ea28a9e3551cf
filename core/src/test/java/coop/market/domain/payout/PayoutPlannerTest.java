package coop.market.domain.payout;

import static coop.market.domain.payout.PayoutFixtures.bank;
import static coop.market.domain.payout.PayoutFixtures.stripe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who a run pays, how much, over how many days, and whose money it holds back and why. */
class PayoutPlannerTest {

    /** Nothing on the first GBP 20 a week, 10% above. */
    private static final ContributionRules RULES = new ContributionRules(List.of(new ContributionPolicy(
            LocalDate.of(2026, 4, 6), List.of(new ContributionTier(0, 0), new ContributionTier(2000, 1000)), null)),
            List.of());
    private static final LocalDate SUNDAY = LocalDate.of(2027, 1, 10);

    @Test
    void aWeeklyMemberIsPaidAllThatIsHeldLessTheContribution() {
        PayoutPlan plan = PayoutPlanner.plan(SUNDAY, List.of(new MemberStanding("m1", Money.gbp(25000),
                Money.gbp(10000), SUNDAY.minusDays(7))), Map.of("m1", stripe("m1", PayoutFrequency.WEEKLY)), RULES);

        assertEquals(List.of(), plan.held());
        PayoutPlan.Planned paid = plan.payouts().get(0);
        assertEquals("m1", paid.memberId());
        assertEquals(Money.gbp(15000), paid.gross(), "everything held");
        assertEquals(Money.gbp(1300), paid.contribution(), "10% of GBP 130");
        assertEquals(Money.gbp(13700), paid.net());
        assertEquals(7, paid.periodDays());
        assertEquals(RULES.contribution("m1", Money.gbp(15000), SUNDAY, 7), paid.contribution());
    }

    @Test
    void aFirstWeeklyPayOutCoversAWeekAndALaterOneTheDaysSinceTheLast() {
        PayoutMethod weekly = bank("m1", PayoutFrequency.WEEKLY);
        PayoutPlan.Planned first = PayoutPlanner.plan(SUNDAY, List.of(new MemberStanding("m1", Money.gbp(15000),
                Money.gbp(0), null)), Map.of("m1", weekly), RULES).payouts().get(0);
        assertEquals(7, first.periodDays());
        assertEquals(Money.gbp(1300), first.contribution());

        PayoutPlan.Planned afterAMissedWeek = PayoutPlanner.plan(SUNDAY, List.of(new MemberStanding("m1",
                Money.gbp(25000), Money.gbp(10000), SUNDAY.minusDays(14))), Map.of("m1", weekly), RULES)
                .payouts().get(0);
        assertEquals(14, afterAMissedWeek.periodDays());
        assertEquals(Money.gbp(1100), afterAMissedWeek.contribution(), "GBP 40 free over two weeks, 10% of GBP 110");

        PayoutPlan.Planned afterThreeDays = PayoutPlanner.plan(SUNDAY, List.of(new MemberStanding("m1",
                Money.gbp(25000), Money.gbp(10000), SUNDAY.minusDays(3))), Map.of("m1", weekly), RULES)
                .payouts().get(0);
        assertEquals(3, afterThreeDays.periodDays());
    }

    @Test
    void aMonthlyMemberIsPaidInTheFirstRunOfAMonthOnly() {
        PayoutMethod monthly = stripe("m1", PayoutFrequency.MONTHLY);
        LocalDate firstRun = LocalDate.of(2027, 1, 8);

        PayoutPlan january = PayoutPlanner.plan(firstRun, List.of(new MemberStanding("m1", Money.gbp(50000),
                Money.gbp(0), null)), Map.of("m1", monthly), RULES);
        assertEquals(1, january.payouts().size());
        assertEquals(31, january.payouts().get(0).periodDays(), "a first monthly pay-out covers January");
        assertEquals(Money.gbp(50000), january.payouts().get(0).gross());

        PayoutPlan laterInJanuary = PayoutPlanner.plan(LocalDate.of(2027, 1, 15), List.of(new MemberStanding("m1",
                Money.gbp(62345), Money.gbp(50000), firstRun)), Map.of("m1", monthly), RULES);
        assertEquals(List.of(), laterInJanuary.payouts());
        assertEquals(List.of(new PayoutPlan.Held("m1", Money.gbp(12345), PayoutPlan.Reason.MONTHLY_ALREADY_PAID)),
                laterInJanuary.held());

        PayoutPlan february = PayoutPlanner.plan(LocalDate.of(2027, 2, 12), List.of(new MemberStanding("m1",
                Money.gbp(62345), Money.gbp(50000), firstRun)), Map.of("m1", monthly), RULES);
        assertEquals(List.of(), february.held());
        assertEquals(Money.gbp(12345), february.payouts().get(0).gross());
        assertEquals(35, february.payouts().get(0).periodDays(), "8 January to 12 February");
    }

    @Test
    void aMemberWhoAskedUsToHoldIsHeldWithEveryPenny() {
        PayoutPlan plan = PayoutPlanner.plan(SUNDAY, List.of(new MemberStanding("m1", Money.gbp(12345),
                Money.gbp(2000), SUNDAY.minusDays(7))), Map.of("m1", bank("m1", PayoutFrequency.HOLD)), RULES);

        assertEquals(List.of(), plan.payouts());
        assertEquals(List.of(new PayoutPlan.Held("m1", Money.gbp(10345), PayoutPlan.Reason.MEMBER_ASKED_TO_HOLD)),
                plan.held());
    }

    @Test
    void aMemberWithNoWayToPayThemIsHeld() {
        PayoutPlan plan = PayoutPlanner.plan(SUNDAY, List.of(new MemberStanding("m1", Money.gbp(5000),
                Money.gbp(0), null), new MemberStanding("m2", Money.gbp(700), Money.gbp(0), null)),
                Map.of("m2", new PayoutMethod("m2")), RULES);

        assertEquals(List.of(), plan.payouts());
        assertEquals(List.of(new PayoutPlan.Held("m1", Money.gbp(5000), PayoutPlan.Reason.NO_PAYOUT_METHOD),
                new PayoutPlan.Held("m2", Money.gbp(700), PayoutPlan.Reason.NO_PAYOUT_METHOD)), plan.held());
    }

    @Test
    void nothingHeldOrLessThanNothingIsNeitherPaidNorListed() {
        PayoutMethod weekly = stripe("m1", PayoutFrequency.WEEKLY);
        PayoutPlan plan = PayoutPlanner.plan(SUNDAY, List.of(
                new MemberStanding("m1", Money.gbp(10000), Money.gbp(10000), SUNDAY.minusDays(7)),
                new MemberStanding("m2", Money.gbp(8000), Money.gbp(10000), SUNDAY.minusDays(7)),
                new MemberStanding("m3", Money.gbp(0), Money.gbp(0), null)),
                Map.of("m1", weekly, "m2", stripe("m2", PayoutFrequency.WEEKLY), "m3",
                        stripe("m3", PayoutFrequency.HOLD)), RULES);

        assertEquals(List.of(), plan.payouts());
        assertEquals(List.of(), plan.held(), "a refund after a pay-out is taken back later, not listed");
    }

    @Test
    void anOverrideOfNothingWaivesTheContribution() {
        ContributionRules rules = new ContributionRules(RULES.policies(), List.of(new ContributionOverride("m1",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), 0, "New member: first three months free")));
        PayoutPlan plan = PayoutPlanner.plan(SUNDAY, List.of(
                new MemberStanding("m1", Money.gbp(15000), Money.gbp(0), null),
                new MemberStanding("m2", Money.gbp(15000), Money.gbp(0), null)),
                Map.of("m1", stripe("m1", PayoutFrequency.WEEKLY), "m2", stripe("m2", PayoutFrequency.WEEKLY)),
                rules);

        PayoutPlan.Planned waived = plan.payouts().get(0);
        assertEquals("m1", waived.memberId());
        assertEquals(Money.gbp(0), waived.contribution());
        assertEquals(Money.gbp(15000), waived.net());
        assertEquals(Money.gbp(1300), plan.payouts().get(1).contribution(), "others still contribute");
    }

    @Test
    void everyMemberWithMoneyHeldIsEitherPaidOrListedOnce() {
        PayoutPlan plan = PayoutPlanner.plan(SUNDAY, List.of(
                new MemberStanding("m3", Money.gbp(3000), Money.gbp(0), null),
                new MemberStanding("m1", Money.gbp(1000), Money.gbp(0), null),
                new MemberStanding("m2", Money.gbp(2000), Money.gbp(0), null)),
                Map.of("m1", stripe("m1", PayoutFrequency.WEEKLY), "m3", bank("m3", PayoutFrequency.WEEKLY)),
                RULES);

        assertEquals(List.of("m1", "m3"), plan.payouts().stream().map(PayoutPlan.Planned::memberId).toList(),
                "in member order");
        assertEquals(List.of("m2"), plan.held().stream().map(PayoutPlan.Held::memberId).toList());
        assertTrue(plan.payouts().stream().allMatch(p -> p.gross().equals(p.net().plus(p.contribution()))));
        assertEquals(PayoutMethodKind.BANK_TRANSFER, plan.payouts().get(1).method().method());
    }

    @Test
    void plannedAgainOnceItsPayOutsCountAsPaidARunHoldsBackTheSameMembers() {
        // The run page re-plans an open run this way to say whose money it holds back.
        Map<String, PayoutMethod> methods = Map.of("m1", stripe("m1", PayoutFrequency.WEEKLY),
                "m2", bank("m2", PayoutFrequency.HOLD));
        PayoutPlan made = PayoutPlanner.plan(SUNDAY, List.of(
                new MemberStanding("m1", Money.gbp(15000), Money.gbp(0), null),
                new MemberStanding("m2", Money.gbp(4000), Money.gbp(0), null),
                new MemberStanding("m3", Money.gbp(2500), Money.gbp(0), null)), methods, RULES);
        assertEquals(List.of("m1"), made.payouts().stream().map(PayoutPlan.Planned::memberId).toList());

        PayoutPlan again = PayoutPlanner.plan(SUNDAY, List.of(
                new MemberStanding("m1", Money.gbp(15000), made.payouts().get(0).gross(), SUNDAY),
                new MemberStanding("m2", Money.gbp(4000), Money.gbp(0), null),
                new MemberStanding("m3", Money.gbp(2500), Money.gbp(0), null)), methods, RULES);

        assertEquals(List.of(), again.payouts(), "the run's own members have nothing left to pay");
        assertEquals(made.held(), again.held());
        assertEquals(List.of(new PayoutPlan.Held("m2", Money.gbp(4000), PayoutPlan.Reason.MEMBER_ASKED_TO_HOLD),
                new PayoutPlan.Held("m3", Money.gbp(2500), PayoutPlan.Reason.NO_PAYOUT_METHOD)), again.held());
    }
}
