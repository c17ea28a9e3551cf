package coop.market.domain.payout;

import coop.market.domain.shared.Money;
import java.util.List;

/** What a pay-out run will pay each member, and whose money it holds back, and why. */
public record PayoutPlan(List<Planned> payouts, List<Held> held) {

    public PayoutPlan {
        payouts = List.copyOf(payouts);
        held = List.copyOf(held);
    }

    /** One member to pay: their share, the co-op's contribution from it, over a pay period of so many days. */
    public record Planned(String memberId, Money gross, Money contribution, int periodDays, PayoutMethod method) {

        public Money net() {
            return gross.minus(contribution);
        }
    }

    /** Money held for a member and not paid in this run. */
    public record Held(String memberId, Money amount, Reason reason) {
    }

    /** Why a member with money held is not paid in this run. */
    public enum Reason {
        /** The member asked the co-op to hold their money. */
        MEMBER_ASKED_TO_HOLD,
        /** Paid monthly, and already paid this month. */
        MONTHLY_ALREADY_PAID,
        /** The co-op has no way to pay them yet (no bank account or Stripe account). */
        NO_PAYOUT_METHOD
    }
}
