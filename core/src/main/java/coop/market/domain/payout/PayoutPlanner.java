package coop.market.domain.payout;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Works out a pay-out run from what is held for each member: who is paid, how much, and the contribution. Every
 * penny held is either paid (gross = net + contribution) or still held; nothing is rounded away.
 */
public final class PayoutPlanner {

    private PayoutPlanner() {
    }

    /**
     * @param periodEnd the run's last day
     * @param standings what is held for each member
     * @param methods how each member is paid, by member id (absent: not set up)
     */
    public static PayoutPlan plan(LocalDate periodEnd, Collection<MemberStanding> standings,
            Map<String, PayoutMethod> methods, ContributionRules rules) {
        List<PayoutPlan.Planned> payouts = new ArrayList<>();
        List<PayoutPlan.Held> held = new ArrayList<>();
        standings.stream().sorted(Comparator.comparing(MemberStanding::memberId)).forEach(standing -> {
            if (!standing.held().isPositive()) {
                return;
            }
            PayoutMethod method = methods.get(standing.memberId());
            PayoutPlan.Reason reason = reasonToHold(method, standing, periodEnd);
            if (reason != null) {
                held.add(new PayoutPlan.Held(standing.memberId(), standing.held(), reason));
                return;
            }
            int days = periodDays(standing, method.frequency(), periodEnd);
            payouts.add(new PayoutPlan.Planned(standing.memberId(), standing.held(),
                    rules.contribution(standing.memberId(), standing.held(), periodEnd, days), days, method));
        });
        return new PayoutPlan(payouts, held);
    }

    private static PayoutPlan.Reason reasonToHold(PayoutMethod method, MemberStanding standing, LocalDate periodEnd) {
        if (method == null || method.method() == null) {
            return PayoutPlan.Reason.NO_PAYOUT_METHOD;
        }
        if (method.frequency() == PayoutFrequency.HOLD) {
            return PayoutPlan.Reason.MEMBER_ASKED_TO_HOLD;
        }
        LocalDate last = standing.lastPaidPeriodEnd();
        if (method.frequency() == PayoutFrequency.MONTHLY && last != null
                && YearMonth.from(last).equals(YearMonth.from(periodEnd))) {
            return PayoutPlan.Reason.MONTHLY_ALREADY_PAID;
        }
        return null;
    }

    /**
     * The days this pay-out covers, which scale the contribution's weekly bands: since the member was last paid,
     * or for a first pay-out a week (a month for monthly members).
     */
    private static int periodDays(MemberStanding standing, PayoutFrequency frequency, LocalDate periodEnd) {
        LocalDate last = standing.lastPaidPeriodEnd();
        if (last == null || !last.isBefore(periodEnd)) {
            return frequency == PayoutFrequency.MONTHLY ? periodEnd.lengthOfMonth() : 7;
        }
        return (int) ChronoUnit.DAYS.between(last, periodEnd);
    }
}
