package coop.market.web.faces;

import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutFrequency;
import coop.market.domain.payout.PayoutMethod;
import coop.market.domain.payout.PayoutMethodKind;
import coop.market.domain.payout.PayoutPlan;
import coop.market.domain.payout.PayoutRunStatus;

/** Pay-out runs, pay-outs and how members are paid, in the back office's words. */
final class PayoutWords {

    private PayoutWords() {
    }

    /** "Draft: look it over", "Approved: ready to pay", "Paid", "Cancelled". */
    static String of(PayoutRunStatus status) {
        return switch (status) {
            case DRAFT -> "Draft: look it over";
            case APPROVED -> "Approved: ready to pay";
            case EXECUTED -> "Paid";
            case CANCELLED -> "Cancelled";
        };
    }

    /** Where one member's pay-out has got to; a refusal says why, and that the money is kept for them. */
    static String of(Payout payout) {
        return switch (payout.status()) {
            case PENDING -> "Not paid yet";
            case PAID -> "Paid";
            case IN_BANK_FILE -> "In the bank file";
            case FAILED -> "Failed: " + (payout.failure() == null ? "Stripe refused it" : payout.failure())
                    + ". The money is held for the next run";
        };
    }

    static String of(PayoutMethodKind method) {
        return method == PayoutMethodKind.STRIPE ? "Stripe" : "Bank transfer";
    }

    /** Why a member's money is not in a run, and what would change that. */
    static String of(PayoutPlan.Reason reason) {
        return switch (reason) {
            case MEMBER_ASKED_TO_HOLD -> "They asked the co-op to hold their money";
            case MONTHLY_ALREADY_PAID -> "Paid monthly, and already paid this month";
            case NO_PAYOUT_METHOD -> "No way to pay them yet: set how they are paid on their page";
        };
    }

    /** "Weekly: in every pay-out run", ... */
    static String of(PayoutFrequency frequency) {
        return switch (frequency) {
            case WEEKLY -> "Weekly: in every pay-out run";
            case MONTHLY -> "Monthly: in the first pay-out run of each month";
            case HOLD -> "Hold: the co-op keeps their money until they say";
        };
    }

    /** How a member is paid, as it may be shown: never more of a bank account than its last digits. */
    static String of(PayoutMethod method) {
        return method.method() == PayoutMethodKind.STRIPE ? "Stripe, to their account " + method.stripeAccount()
                : "Bank transfer to " + method.accountName() + ", sort code " + method.sortCodeMasked()
                        + ", account " + method.accountNumberMasked();
    }
}
