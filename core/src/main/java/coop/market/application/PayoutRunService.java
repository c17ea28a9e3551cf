package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.cardpayment.CardProcessorException;
import coop.market.domain.payout.BankAccount;
import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutMethodKind;
import coop.market.domain.payout.PayoutPlan;
import coop.market.domain.payout.PayoutPlanner;
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
import coop.market.domain.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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

    /** Pay-outs recorded in one database transaction while executing (and Stripe transfers asked for at once). */
    static final int PAYOUTS_PER_TRANSACTION = 20;

    @Inject
    PayoutSteps steps;

    @Resource
    ManagedExecutorService executor;

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

    /**
     * Whose money an open run holds back, and why: the plan worked out again, now that the run's own pay-outs count
     * as paid, leaves exactly the members it did not pay (a closed run's reasons are history: none are given).
     */
    @Transactional
    public List<PayoutPlan.Held> held(String runId, Actor actor) {
        Permissions.requireStaff(actor, "see pay-out runs");
        PayoutRun run = payouts.findRun(runId).orElseThrow(() -> new NotFoundException("Pay-out run", runId));
        if (!run.status().open()) {
            return List.of();
        }
        return PayoutPlanner.plan(run.periodEnd(), payouts.standings(run.receivedTo(), run.currency()),
                payouts.methods(), payouts.contributionRules()).held();
    }

    /** Whether members paid through Stripe can be paid: without Stripe's key their pay-outs wait. */
    public boolean transfersEnabled() {
        return transfers.enabled();
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
     * crash, a time-out, or just twice) pays nobody twice: paid pay-outs are skipped, a transfer Stripe made whose
     * answer was never recorded is found among the run's transfers and recorded, and any other is asked for again
     * with the same key, which gives back the same transfer if Stripe made one.
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
        List<Payout> waiting = view(runId).payouts().stream().filter(p -> !p.status().settled()).toList();
        List<String> bank = waiting.stream().filter(p -> p.method() == PayoutMethodKind.BANK_TRANSFER)
                .map(Payout::id).toList();
        inChunks(bank, steps::intoBankFile);
        if (transfers.enabled()) {
            payByStripe(waiting.stream().filter(p -> p.method() == PayoutMethodKind.STRIPE).toList(), run);
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

    /**
     * Records the transfers Stripe made already (asking it once for the run's transfer group), then asks for the
     * rest. The key alone would not do: Stripe forgets a key's answer after 24 hours, so a pay-out left pending by a
     * crash and executed again days later would be transferred twice. If Stripe cannot say what it made, nothing is
     * transferred now: the pay-outs stay pending for the next execute.
     */
    private void payByStripe(List<Payout> waiting, PayoutRun run) {
        if (waiting.isEmpty()) {
            return;
        }
        Map<String, String> made;
        try {
            made = transfers.transfersByPayout(run.transferGroup());
        } catch (CardProcessorException unknown) {
            LOG.log(Level.WARNING, "Stripe did not say which transfers run " + run.id() + " has; its "
                    + waiting.size() + " Stripe pay-outs stay pending: " + unknown.getMessage(), unknown);
            return;
        }
        List<PayoutSteps.Settlement> found = waiting.stream().filter(payout -> made.containsKey(payout.id()))
                .map(payout -> new PayoutSteps.Settlement(payout.id(), made.get(payout.id()), null)).toList();
        inChunks(found, steps::settle);
        inChunks(waiting.stream().filter(payout -> !made.containsKey(payout.id())).toList(),
                chunk -> steps.settle(transfer(chunk, run)));
    }

    /**
     * Asks Stripe for each pay-out's transfer, all of the chunk at once (Stripe takes a moment to answer each, so one
     * after another would keep a run of hundreds waiting for minutes), and says what it answered. Pay-outs it did
     * not answer for are left out: they stay pending, and the next execute asks again with the same key.
     */
    private List<PayoutSteps.Settlement> transfer(List<Payout> chunk, PayoutRun run) {
        List<Future<PayoutSteps.Settlement>> asked = new ArrayList<>();
        chunk.forEach(payout -> asked.add(executor.submit(() -> transfer(payout, run))));
        List<PayoutSteps.Settlement> settled = new ArrayList<>();
        for (Future<PayoutSteps.Settlement> answer : asked) {
            try {
                PayoutSteps.Settlement settlement = answer.get();
                if (settlement != null) {
                    settled.add(settlement);
                }
            } catch (ExecutionException e) {
                LOG.log(Level.WARNING, "A pay-out's transfer failed unexpectedly; it stays pending", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return settled;
    }

    private PayoutSteps.Settlement transfer(Payout payout, PayoutRun run) {
        if (!payout.net().isPositive()) {
            return new PayoutSteps.Settlement(payout.id(), null, null);
        }
        try {
            return new PayoutSteps.Settlement(payout.id(), transfers.transfer(payout, run.transferGroup()), null);
        } catch (TransferRefusedException refused) {
            return new PayoutSteps.Settlement(payout.id(), null, refused.getMessage());
        } catch (CardProcessorException unknown) {
            LOG.log(Level.WARNING, "Pay-out " + payout.id() + " is not confirmed yet: " + unknown.getMessage(), unknown);
            return null;
        }
    }

    /**
     * Does the work a chunk at a time, a transaction per chunk: a few commits for a whole run rather than one or two
     * per member, and a crash loses at most one chunk's records, which the next execute makes again (same keys).
     */
    private static <T> void inChunks(List<T> items, java.util.function.Consumer<List<T>> work) {
        for (int from = 0; from < items.size(); from += PAYOUTS_PER_TRANSACTION) {
            work.accept(items.subList(from, Math.min(items.size(), from + PAYOUTS_PER_TRANSACTION)));
        }
    }

    private RunView view(String runId) {
        return steps.read(runId);
    }
}
