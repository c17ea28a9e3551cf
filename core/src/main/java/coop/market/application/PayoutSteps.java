package coop.market.application;

import coop.market.domain.ledger.Ledger;
import coop.market.domain.member.MemberContact;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.notification.Outbox;
import coop.market.domain.payout.MemberStanding;
import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutMethodKind;
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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The steps of a pay-out run, each in a database transaction of its own, so a crash part way through an execution
 * loses nothing: what was recorded stays recorded, and executing again carries on from there. A pay-out is paid,
 * posted and its remittance email written in one transaction, so each happens exactly once however often a run
 * is executed or stops part way.
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
    Outbox outbox;

    @Inject
    CooperativeService cooperative;

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
        for (PayoutPlan.Planned planned : plan.payouts()) {
            String charge = planned.method().method() != PayoutMethodKind.STRIPE ? null
                    : payouts.fundingCharge(planned.memberId(), planned.gross(), run.receivedTo()).orElse(null);
            made.add(new Payout(Ids.newId(), run.id(), planned, reference, charge));
        }
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

    /** What Stripe said about one pay-out's transfer: its id (null if none was needed), or why it refused. */
    public record Settlement(String payoutId, String transferId, String refusal) {
    }

    /** Records what Stripe said for these pay-outs, in one transaction; each paid one is posted, once. */
    public void settle(List<Settlement> settlements) {
        Instant now = clock.instant();
        Map<String, Payout> locked = locked(settlements.stream().map(Settlement::payoutId).toList());
        Map<String, MemberContact> contacts = contacts(locked.values());
        for (Settlement settlement : settlements) {
            Payout payout = locked.get(settlement.payoutId());
            if (payout == null || payout.status() != PayoutStatus.PENDING) {
                continue;
            }
            if (settlement.refusal() != null) {
                // Nothing moved, so nothing is posted and the money stays held for the next run.
                payout.refused(settlement.refusal(), now);
            } else {
                payout.paid(settlement.transferId(), now);
                paidOut(payout, contacts, now);
            }
        }
    }

    /** Puts these bank pay-outs in the run's bank file, in one transaction; each is posted, once. */
    public void intoBankFile(List<String> payoutIds) {
        Instant now = clock.instant();
        Map<String, Payout> locked = locked(payoutIds);
        Map<String, MemberContact> contacts = contacts(locked.values());
        for (Payout payout : locked.values()) {
            if (payout.status() == PayoutStatus.PENDING) {
                payout.inBankFile(now);
                paidOut(payout, contacts, now);
            }
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

    /** What follows a pay-out's money going to the member: it is posted, and they get its remittance advice. */
    private void paidOut(Payout payout, Map<String, MemberContact> contacts, Instant at) {
        MemberContact member = contacts.get(payout.memberId());
        ledger.post(PayoutPostings.paid(payout, member == null ? payout.memberId() : member.displayName(),
                Ids.newId(), at));
        RemittanceEmails.paid(payout, member, cooperative.contact(), at).ifPresent(outbox::add);
    }

    /** The pay-outs, locked, in one query: a chunk of a run costs a round trip, not one per member. */
    private Map<String, Payout> locked(List<String> payoutIds) {
        Map<String, Payout> locked = new LinkedHashMap<>();
        payouts.lockPayouts(payoutIds).forEach(payout -> locked.put(payout.id(), payout));
        return locked;
    }

    /** The members' names and addresses, in one query for the chunk. */
    private Map<String, MemberContact> contacts(Collection<Payout> of) {
        return members.contacts(of.stream().map(Payout::memberId).collect(Collectors.toSet()));
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
