package coop.market.infrastructure.persistence;

import static coop.market.infrastructure.persistence.Fixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.earnings.BenefitRate;
import coop.market.domain.ledger.Account;
import coop.market.domain.ledger.Entry;
import coop.market.domain.ledger.LedgerTransaction;
import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutFrequency;
import coop.market.domain.payout.PayoutMethod;
import coop.market.domain.payout.PayoutPlan;
import coop.market.domain.payout.PayoutPostings;
import coop.market.domain.payout.PayoutRun;
import coop.market.domain.shared.Money;
import coop.market.domain.statement.ReceivedMoney;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A statement's reads for the 2026-27 tax year (London midnight to London midnight, both in summer time), on H2
 * (and PostgreSQL with TEST_DB=postgresql).
 */
@Tag("database")
class JpaStatementRecordsTest {

    private static final Instant FROM = Instant.parse("2026-04-05T23:00:00Z");
    private static final Instant TO = Instant.parse("2027-04-05T23:00:00Z");

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @BeforeEach
    void twoMembers() {
        db.inTransaction(em -> {
            new JpaMemberRepository(em).add(member("m1", "Grace Adeyemi", Set.of("cleaning"), Set.of("BR7")));
            new JpaMemberRepository(em).add(member("m2", "Tom Fletcher", Set.of("cleaning"), Set.of("BR7")));
            JpaPayouts payouts = new JpaPayouts(em);
            payouts.save(stripe("m1"));
            payouts.save(stripe("m2"));
        });
    }

    @Test
    void moneyReceivedIsThePayableAccountsCreditsLessDebitsInTheYearWithoutPayOuts() {
        db.inTransaction(em -> {
            JpaLedger ledger = new JpaLedger(em);
            ledger.post(toPayable("before", "m1", 5000, "2026-04-05T22:59:59Z"));
            ledger.post(toPayable("first", "m1", 3000, "2026-04-05T23:30:00Z"));
            ledger.post(toPayable("july", "m1", 2000, "2026-07-01T10:00:00Z"));
            ledger.post(toPayable("july-too", "m1", 450, "2026-07-01T10:00:00Z"));
            ledger.post(new LedgerTransaction("refund", Instant.parse("2026-08-01T10:00:00Z"), "credit-note.refunded",
                    "refund", "Refund", List.of(Entry.debit(Account.payable("m1"), Money.gbp(500)),
                            Entry.credit(Account.CARD_CLEARING, Money.gbp(500)))));
            ledger.post(new LedgerTransaction("paid", Instant.parse("2026-05-01T10:00:00Z"), PayoutPostings.EVENT,
                    "p-1", "Pay-out", List.of(Entry.debit(Account.payable("m1"), Money.gbp(2500)),
                            Entry.credit(Account.BANK, Money.gbp(2500)))));
            ledger.post(toPayable("someone-else", "m2", 999, "2026-07-01T10:00:00Z"));
            ledger.post(toPayable("next-year", "m1", 100, "2027-04-05T23:00:00Z"));
        });

        List<ReceivedMoney> received = new JpaStatementRecords(db.entityManager()).received("m1", FROM, TO,
                Money.GBP);

        List<ReceivedMoney> grace = List.of(new ReceivedMoney(Instant.parse("2026-04-05T23:30:00Z"), Money.gbp(3000)),
                new ReceivedMoney(Instant.parse("2026-07-01T10:00:00Z"), Money.gbp(2450)),
                new ReceivedMoney(Instant.parse("2026-08-01T10:00:00Z"), Money.gbp(-500)));
        assertEquals(grace, received);
        assertEquals(Map.of("m1", grace, "m2", List.of(new ReceivedMoney(Instant.parse("2026-07-01T10:00:00Z"),
                Money.gbp(999)))), new JpaStatementRecords(db.entityManager()).receivedByMember(FROM, TO, Money.GBP),
                "every member's in one read, the same for each");
    }

    @Test
    void payOutsMadeArePaidOrInABankFileInTheYearAndTheMembersOwn() {
        Instant may = Instant.parse("2026-05-01T10:00:00Z");
        Payout before = payout("before", "r0", "m1", 700);
        executedRun("r0", List.of(before), () -> before.paid("tr_0", Instant.parse("2026-04-05T22:00:00Z")));
        Payout stripe = payout("stripe", "r1", "m1", 2500);
        Payout other = payout("other", "r1", "m2", 900);
        executedRun("r1", List.of(stripe, other), () -> {
            stripe.paid("tr_1", may);
            other.paid("tr_2", may);
        });
        Payout bank = payout("bank", "r2", "m1", 1200);
        executedRun("r2", List.of(bank), () -> bank.inBankFile(Instant.parse("2026-06-01T09:00:00Z")));
        Payout refused = payout("refused", "r3", "m1", 800);
        executedRun("r3", List.of(refused), () -> refused.refused("No such account", may));
        db.inTransaction(em -> new JpaPayouts(em).add(runOf("open"), List.of(payout("pending", "open", "m1", 600))));

        List<Payout> made = new JpaStatementRecords(db.entityManager()).payoutsMade("m1", FROM, TO);

        assertEquals(List.of("stripe", "bank"), made.stream().map(Payout::id).toList());
        assertEquals(List.of("stripe", "other", "bank"), new JpaStatementRecords(db.entityManager())
                .payoutsMade(FROM, TO).stream().map(Payout::id).toList(), "every member's, by moment made");
        assertEquals(Money.gbp(250), made.get(0).contribution());
        assertEquals(may, made.get(0).paidAt());
    }

    @Test
    void theTradingAllowanceIsInTheRateTableFromTheYearItBegan() {
        var rates = new JpaEarningsRecords(db.entityManager()).rates();
        assertEquals(Money.gbp(100000), rates.inForce(BenefitRate.TRADING_ALLOWANCE, LocalDate.parse("2026-04-06"))
                .orElseThrow().money());
        assertTrue(rates.inForce(BenefitRate.TRADING_ALLOWANCE, LocalDate.parse("2017-04-05")).isEmpty());
    }

    /** A run of these pay-outs, settled as {@code settle} says, and executed. */
    private void executedRun(String runId, List<Payout> payouts, Runnable settle) {
        db.inTransaction(em -> {
            PayoutRun run = runOf(runId);
            new JpaPayouts(em).add(run, payouts);
            settle.run();
            run.approve("staff", FROM);
            run.executed(FROM);
        });
    }

    private static PayoutRun runOf(String id) {
        return new PayoutRun(id, LocalDate.parse("2026-04-30"), FROM, Money.GBP, FROM, "staff");
    }

    private static Payout payout(String id, String runId, String memberId, long gross) {
        return new Payout(id, runId, new PayoutPlan.Planned(memberId, Money.gbp(gross), Money.gbp(gross / 10), 7,
                stripe(memberId)), "COOP PAY " + id, null);
    }

    private static PayoutMethod stripe(String memberId) {
        PayoutMethod method = new PayoutMethod(memberId);
        method.payByStripe("acct_" + memberId, PayoutFrequency.WEEKLY, FROM, "staff");
        return method;
    }

    private static LedgerTransaction toPayable(String id, String memberId, long pence, String at) {
        return new LedgerTransaction(id, Instant.parse(at), "payment.received", id, "Payment",
                List.of(Entry.debit(Account.BANK, Money.gbp(pence)), Entry.credit(Account.payable(memberId),
                        Money.gbp(pence))));
    }
}
