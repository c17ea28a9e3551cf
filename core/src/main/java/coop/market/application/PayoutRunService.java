package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.cardpayment.CardProcessorException;
import coop.market.domain.payout.BankAccount;
import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutMethodKind;
import coop.market.domain.payout.PayoutPlan;
import coop.market.domain.payout.PayoutRun;
import coop.market.domain.payout.PayoutRunStatus;
import coop.market.domain.payout.PayoutStatus;
import coop.market.domain.payout.PayoutTransfers;
import coop.market.domain.payout.Payouts;
import coop.market.domain.payout.SecretBox;
import coop.market.domain.payout.TransferRefusedException;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pay-out runs for staff: a draft of what each member is owed (their share of money received up to the period's
 * end and not yet paid out, less the co-op's contribution), approved, then executed: Stripe transfers to members'
 * own accounts, and a bank payment file for the rest. Executing is safe to repeat and safe to crash: each step is
 * recorded in a transaction of its own ({@link PayoutSteps}) and each transfer carries its pay-out's key.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PayoutRunService {

    private static final Logger LOG = Logger.getLogger(PayoutRunService.class.getName());

    @Inject
    PayoutSteps steps;

    @Inject
    Payouts payouts;

    @Inject
    PayoutTransfers transfers;

    @Inject
    SecretBox box;

    @Inject
    CooperativeService cooperative;

    @Inject
    InvoicingPolicies invoicing;

    @Inject
    Clock clock;

    /** A run with its pay-outs, and (for a run just made) whose money it holds back and why. */
    public record RunView(PayoutRun run, List<Payout> payouts, List<PayoutPlan.Held> held) {

        /** What members get in this run, all told. */
        public Money totalNet() {
            return payouts.stream().map(Payout::net).reduce(Money.zero(run.currency()), Money::plus);
        }

        /** The co-op's contributions in this run, all told. */
        public Money totalContribution() {
            return payouts.stream().map(Payout::contribution).reduce(Money.zero(run.currency()), Money::plus);
        }
    }

    public RunView create(String periodEnd, Actor actor) {
        Permissions.requireStaff(actor, "make a pay-out run");
        LocalDate end = PeriodEnds.read(periodEnd, cooperative.today());
        PayoutRun run = new PayoutRun(Ids.newId(), end,
                end.plusDays(1).atStartOfDay(cooperative.zone()).toInstant(), cooperative.currency(),
                clock.instant(), actor.email());
        PayoutPlan plan;
        try {
            plan = steps.makeRun(run, invoicing.terms().prefix());
        } catch (ConflictException e) {
            throw e;
        } catch (RuntimeException clash) {
            // Another run was made at the same moment: the database let only one be open.
            if (payouts.openRun().isPresent()) {
                throw new ConflictException("payout-run-open", "Another pay-out run was made just now: use that one");
            }
            throw clash;
        }
        return new RunView(run, view(run.id()).payouts(), plan.held());
    }

    public RunView get(String runId, Actor actor) {
        Permissions.requireStaff(actor, "see pay-out runs");
        return view(runId);
    }

    @Transactional
    public List<PayoutRun> runs(Actor actor) {
        Permissions.requireStaff(actor, "see pay-out runs");
        return payouts.runs(100);
    }

    public RunView approve(String runId, Actor actor) {
        Permissions.requireStaff(actor, "approve a pay-out run");
        view(runId);
        steps.approve(runId, actor.email());
        return view(runId);
    }

    public RunView cancel(String runId, Actor actor) {
        Permissions.requireStaff(actor, "cancel a pay-out run");
        view(runId);
        steps.cancel(runId);
        return view(runId);
    }

    /**
     * Pays everyone in the run not yet paid. A draft is approved by whoever executes it. Calling again (after a
     * crash, a time-out, or just twice) pays nobody twice: paid pay-outs are skipped, and a transfer whose answer
     * was lost is asked for again with the same key, which gives back the same transfer.
     */
    public RunView execute(String runId, Actor actor) {
        Permissions.requireStaff(actor, "pay members");
        PayoutRun run = view(runId).run();
        if (run.status() == PayoutRunStatus.CANCELLED) {
            throw new ConflictException("payout-run-closed", "This run was cancelled");
        }
        if (run.status() == PayoutRunStatus.DRAFT) {
            try {
                steps.approve(runId, actor.email());
            } catch (ConflictException raced) {
                // Approved (or executed) by someone else just now: carry on.
                LOG.log(Level.FINE, "Pay-out run " + runId + " was approved meanwhile", raced);
            }
        }
        for (Payout payout : view(runId).payouts()) {
            if (payout.status().settled()) {
                continue;
            }
            if (payout.method() == PayoutMethodKind.BANK_TRANSFER) {
                steps.intoBankFile(payout.id());
            } else if (transfers.enabled()) {
                send(payout.id(), run);
            }
        }
        steps.closeIfSettled(runId);
        return view(runId);
    }

    /** The run's bank payment file (CSV): one line per member paid by bank transfer. */
    public String bankFile(String runId, Actor actor) {
        Permissions.requireStaff(actor, "download a bank payment file");
        RunView view = view(runId);
        if (view.run().status() == PayoutRunStatus.DRAFT || view.run().status() == PayoutRunStatus.CANCELLED) {
            throw new ConflictException("payout-run-not-executed",
                    "The bank file is made when the run is executed; this run is "
                            + view.run().status().name().toLowerCase());
        }
        StringBuilder csv = new StringBuilder("name,sort_code,account_number,amount,reference\r\n");
        for (Payout payout : view.payouts()) {
            if (payout.status() == PayoutStatus.IN_BANK_FILE && payout.net().isPositive()) {
                BankAccount account = payout.bankAccount(box);
                csv.append(Csv.row(account.name(), account.sortCodeWritten(), account.accountNumber(),
                        payout.net().toDecimal().toPlainString(), payout.reference()));
            }
        }
        return csv.toString();
    }

    /** A member's pay-outs, newest first (for staff). */
    @Transactional
    public List<Payout> ofMember(String memberId, Actor actor) {
        Permissions.requireStaff(actor, "see members' pay-outs");
        return payouts.ofMember(memberId);
    }

    private void send(String payoutId, PayoutRun run) {
        Optional<Payout> sending = steps.startSending(payoutId);
        if (sending.isEmpty()) {
            return;
        }
        Payout payout = sending.get();
        if (!payout.net().isPositive()) {
            steps.paid(payoutId, null);
            return;
        }
        try {
            steps.paid(payoutId, transfers.transfer(payout, run.transferGroup()));
        } catch (TransferRefusedException refused) {
            steps.refused(payoutId, refused.getMessage());
        } catch (CardProcessorException unknown) {
            // The transfer may or may not have been made: leave it sending, and the next execute asks again with
            // the same key, which Stripe answers with the transfer it made, if it made one.
            LOG.log(Level.WARNING, "Pay-out " + payoutId + " is still sending: " + unknown.getMessage(), unknown);
        }
    }

    private RunView view(String runId) {
        return steps.read(runId);
    }
}
