package coop.market.application;

import coop.market.domain.ledger.Ledger;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.payout.MemberStanding;
import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutPlan;
import coop.market.domain.payout.PayoutPlanner;
import coop.market.domain.payout.PayoutPostings;
import coop.market.domain.payout.PayoutRun;
import coop.market.domain.payout.PayoutRunStatus;
import coop.market.domain.payout.PayoutStatus;
import coop.market.domain.payout.Payouts;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a pay-out run, each in a database transaction of its own, so a crash part way through an execution
 * loses nothing: what was recorded stays recorded, and executing again carries on from there.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PayoutSteps {

    private static final DateTimeFormatter REFERENCE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    Payouts payouts;

    @Inject
    Ledger ledger;

    @Inject
    MemberRepository members;

    @Inject
    Clock clock;

    /** The draft run and its pay-outs, with what the plan holds back; refused while another run is open. */
    public PayoutPlan makeRun(PayoutRun run, String referencePrefix) {
        payouts.openRun().ifPresent(open -> {
            throw new ConflictException("payout-run-open", "Pay-out run " + open.id() + " for the period ending "
                    + open.periodEnd() + " is not finished yet: execute or cancel it first");
        });
        List<MemberStanding> standings = payouts.standings(run.receivedTo(), run.currency());
        PayoutPlan plan = PayoutPlanner.plan(run.periodEnd(), standings, payouts.methods(),
                payouts.contributionRules());
        String reference = reference(referencePrefix, run.periodEnd());
        List<Payout> made = new ArrayList<>();
        plan.payouts().forEach(planned -> made.add(new Payout(Ids.newId(), run.id(), planned, reference)));
        payouts.add(run, made);
        return plan;
    }

    /**
     * The run and its pay-outs as they are now. Read in a transaction of its own: outside one, the server may give
     * back what an earlier read in the same request saw.
     */
    public PayoutRunService.RunView read(String runId) {
        PayoutRun run = payouts.findRun(runId).orElseThrow(() -> new NotFoundException("Pay-out run", runId));
        return new PayoutRunService.RunView(run, payouts.ofRun(runId), List.of());
    }

    public PayoutRun approve(String runId, String by) {
        PayoutRun run = lockedRun(runId);
        if (run.status() != PayoutRunStatus.DRAFT) {
            throw new ConflictException("payout-run-" + run.status().name().toLowerCase(),
                    "Only a draft run can be approved; this run is " + run.status().name().toLowerCase());
        }
        run.approve(by, clock.instant());
        return run;
    }

    /** Cancels a run nothing of which has been paid. */
    public PayoutRun cancel(String runId) {
        PayoutRun run = lockedRun(runId);
        if (!run.status().open()) {
            throw new ConflictException("payout-run-closed", "This run is " + run.status().name().toLowerCase()
                    + " and cannot be cancelled");
        }
        if (payouts.ofRun(runId).stream().anyMatch(p -> p.status() != PayoutStatus.PENDING)) {
            throw new ConflictException("payout-run-started", "Some of this run has been paid: execute it to finish");
        }
        run.cancel();
        return run;
    }

    /**
     * Marks a Stripe pay-out as being sent (noting the card charge that funded it, if one did) and gives it back,
     * or empty if it needs nothing more.
     */
    public Optional<Payout> startSending(String payoutId) {
        Payout payout = payouts.lockPayout(payoutId).orElseThrow(() -> new NotFoundException("Pay-out", payoutId));
        if (payout.status().settled()) {
            return Optional.empty();
        }
        payout.sending(payouts.fundingCharge(payout).orElse(null));
        return Optional.of(payout);
    }

    /** Stripe made the transfer (or none was needed): recorded and posted, once. */
    public void paid(String payoutId, String transferId) {
        Payout payout = payouts.lockPayout(payoutId).orElseThrow(() -> new NotFoundException("Pay-out", payoutId));
        if (payout.status() == PayoutStatus.SENDING) {
            Instant now = clock.instant();
            payout.paid(transferId, now);
            post(payout, now);
        }
    }

    /** Stripe refused: nothing moved, so nothing is posted and the money stays held. */
    public void refused(String payoutId, String reason) {
        Payout payout = payouts.lockPayout(payoutId).orElseThrow(() -> new NotFoundException("Pay-out", payoutId));
        if (payout.status() == PayoutStatus.SENDING) {
            payout.refused(reason, clock.instant());
        }
    }

    /** A bank pay-out goes into the run's bank file: recorded and posted, once. */
    public void intoBankFile(String payoutId) {
        Payout payout = payouts.lockPayout(payoutId).orElseThrow(() -> new NotFoundException("Pay-out", payoutId));
        if (payout.status() == PayoutStatus.PENDING) {
            Instant now = clock.instant();
            payout.inBankFile(now);
            post(payout, now);
        }
    }

    /** Closes the run if every pay-out in it is settled; says whether it is closed. */
    public boolean closeIfSettled(String runId) {
        PayoutRun run = lockedRun(runId);
        if (!run.status().open()) {
            return true;
        }
        if (payouts.ofRun(runId).stream().allMatch(p -> p.status().settled())) {
            run.executed(clock.instant());
            return true;
        }
        return false;
    }

    private void post(Payout payout, Instant at) {
        String name = members.displayName(payout.memberId()).orElse(payout.memberId());
        ledger.post(PayoutPostings.paid(payout, name, Ids.newId(), at));
    }

    private PayoutRun lockedRun(String runId) {
        return payouts.lockRun(runId).orElseThrow(() -> new NotFoundException("Pay-out run", runId));
    }

    /** What the member's bank statement shows: the co-op's prefix and the period's end, within Bacs's 18. */
    private static String reference(String prefix, LocalDate periodEnd) {
        String start = prefix == null || prefix.isBlank() ? "COOP" : prefix.strip();
        start = start.length() > 6 ? start.substring(0, 6) : start;
        return start + " PAY " + REFERENCE_DAY.format(periodEnd);
    }
}
