package coop.market.domain.payout;

import coop.market.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pay-out runs, members' pay-outs and how members are paid. */
public interface Payouts {

    /**
     * Adds a run and its pay-outs. The database refuses a second open run, so two staff making a run at the same
     * moment get one run between them.
     */
    void add(PayoutRun run, List<Payout> payouts);

    Optional<PayoutRun> findRun(String runId);

    /** The run, its row locked to the end of the transaction. */
    Optional<PayoutRun> lockRun(String runId);

    /** The run not yet executed or cancelled, if there is one. */
    Optional<PayoutRun> openRun();

    /** Runs, newest period end first. */
    List<PayoutRun> runs(int limit);

    List<Payout> ofRun(String runId);

    Optional<Payout> find(String payoutId);

    /** These pay-outs, their rows locked to the end of the transaction: each is paid by one request at a time. */
    List<Payout> lockPayouts(Collection<String> payoutIds);

    /** A member's pay-outs in runs not cancelled, newest first. */
    List<Payout> ofMember(String memberId);

    /**
     * For each member with money received before {@code receivedTo} or paid out ever: what they received (their
     * payable account's credits less its debits, leaving out pay-outs), what has been paid out in runs not
     * cancelled (gross, leaving out refused pay-outs), and the last such run's period end.
     */
    List<MemberStanding> standings(Instant receivedTo, Currency currency);

    /**
     * The card charge that funded a member's pay-out of {@code gross}, when exactly one did: their only money
     * received since they were last paid, and before {@code receivedTo}, was one card payment of exactly that.
     */
    Optional<String> fundingCharge(String memberId, Money gross, Instant receivedTo);

    /**
     * The newest run made before {@code madeBefore} that paid the member: not cancelled, and their pay-out in it
     * not refused. Their next pay-out covers what came in after it.
     */
    Optional<PayoutRun> lastRunPaying(String memberId, Instant madeBefore);

    /**
     * What the books received for the member's work from {@code from} up to (not including) {@code to}, oldest
     * first: their share of each payment for their invoice lines, and what each refund took back.
     */
    List<Receipt> receipts(String memberId, Instant from, Instant to);

    Optional<PayoutMethod> method(String memberId);

    /** How each member with a method set is paid, by member id. */
    Map<String, PayoutMethod> methods();

    void save(PayoutMethod method);

    /** The co-op's contribution policies and every member's overrides. */
    ContributionRules contributionRules();

    void add(ContributionPolicy policy, String by, Instant at);

    void add(ContributionOverride override, String by, Instant at);

    /** Whether a policy already starts on this day (each day has at most one). */
    boolean policyFrom(LocalDate day);
}
