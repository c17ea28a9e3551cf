package coop.market.infrastructure.persistence;

import static coop.market.infrastructure.persistence.Fixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.ledger.Account;
import coop.market.domain.ledger.Entry;
import coop.market.domain.ledger.LedgerTransaction;
import coop.market.domain.payout.MemberStanding;
import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutFrequency;
import coop.market.domain.payout.PayoutMethod;
import coop.market.domain.payout.PayoutPlan;
import coop.market.domain.payout.PayoutPostings;
import coop.market.domain.payout.PayoutRun;
import coop.market.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Pay-outs in the database: a member's standing across runs, on H2 (and PostgreSQL with TEST_DB=postgresql). */
@Tag("database")
class JpaPayoutsTest {

    private static final Instant FIRST_END = Instant.parse("2027-01-11T00:00:00Z");
    private static final Instant SECOND_END = Instant.parse("2027-01-18T00:00:00Z");

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @BeforeEach
    void aMemberPaidOnceWithMoreReceivedSince() {
        db.inTransaction(em -> {
            new JpaMemberRepository(em).add(member("m1", "Grace Adeyemi", Set.of("cleaning"), Set.of("BR7")));
            JpaLedger ledger = new JpaLedger(em);
            ledger.post(received("t1", 2500, FIRST_END.minusSeconds(3600)));
            ledger.post(received("t2", 1200, SECOND_END.minusSeconds(3600)));
            PayoutMethod method = new PayoutMethod("m1");
            method.payByStripe("acct_grace", PayoutFrequency.WEEKLY, FIRST_END, "staff");
            JpaPayouts payouts = new JpaPayouts(em);
            payouts.save(method);
            PayoutRun run = new PayoutRun("r1", LocalDate.parse("2027-01-10"), FIRST_END, Money.GBP, FIRST_END,
                    "staff");
            Payout payout = new Payout("p1", "r1", new PayoutPlan.Planned("m1", Money.gbp(2500), Money.gbp(50), 7,
                    method), "COOP PAY 20270110", null);
            payouts.add(run, List.of(payout));
            run.approve("staff", FIRST_END);
            payout.paid("tr_1", FIRST_END);
            run.executed(FIRST_END);
            ledger.post(PayoutPostings.paid(payout, "Grace Adeyemi", "t3", FIRST_END.plusSeconds(60)));
        });
    }

    private static LedgerTransaction received(String id, long pence, Instant at) {
        return new LedgerTransaction(id, at, "payment.received", id, "Payment",
                List.of(Entry.debit(Account.BANK, Money.gbp(pence)), Entry.credit(Account.payable("m1"),
                        Money.gbp(pence))));
    }

    @Test
    void aStandingCountsWhatWasReceivedBeforeTheEndAndWhatWasPaidOut() {
        List<MemberStanding> standings = new JpaPayouts(db.entityManager()).standings(SECOND_END, Money.GBP);

        assertEquals(List.of(new MemberStanding("m1", Money.gbp(3700), Money.gbp(2500), LocalDate.parse("2027-01-10"))),
                standings);
    }

    @Test
    void noSingleCardChargeFundedMoneyReceivedByBankTransfer() {
        assertTrue(new JpaPayouts(db.entityManager()).fundingCharge("m1", Money.gbp(1200), SECOND_END).isEmpty());
    }
}
