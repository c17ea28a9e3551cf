package coop.market.infrastructure.persistence;

import static coop.market.infrastructure.persistence.Fixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.customer.Customer;
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
import coop.market.domain.payout.Receipt;
import coop.market.domain.shared.Address;
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
    void theLastRunPayingAMemberIsTheNewestMadeBeforeTheMomentAsked() {
        JpaPayouts payouts = new JpaPayouts(db.entityManager());

        assertEquals("r1", payouts.lastRunPaying("m1", SECOND_END).orElseThrow().id());
        assertTrue(payouts.lastRunPaying("m1", FIRST_END).isEmpty(), "r1 was made at that moment, not before");
    }

    @Test
    void receiptsAreEachPaymentAndRefundOfTheMembersWorkWithTheInvoiceAndWhoPaid() {
        db.inTransaction(em -> {
            new JpaCustomerRepository(em).add(new Customer("c1", "Sam Patel", "sam@example.org",
                    new Address("1 High Street", null, "Orpington", "BR6 0AA"), "Orpington Youth Club", FIRST_END));
            em.createNativeQuery("INSERT INTO invoice (id, number, customer_id, issue_date, due_date, status,"
                    + " total_minor, paid_minor, credited_minor, currency_code, created_at, version, billed_name,"
                    + " billed_email, billed_address_line1, billed_address_town, billed_address_postcode) VALUES ('i1',"
                    + " 'COOP-2027-00001', 'c1', DATE '2027-01-03', DATE '2027-01-17', 'PAID', 3700, 3700, 300,"
                    + " 'GBP', TIMESTAMP WITH TIME ZONE '2027-01-03 10:00:00+00', 1, 'Sam Patel', 'sam@example.org',"
                    + " '1 High Street', 'Orpington', 'BR6 0AA')").executeUpdate();
            for (String[] payment : List.of(new String[] {"t1", "2500", "2027-01-09"},
                    new String[] {"t2", "1200", "2027-01-16"})) {
                em.createNativeQuery("INSERT INTO payment (id, invoice_id, method, amount_minor, currency_code,"
                        + " received_on, recorded_at, recorded_by) VALUES (?, 'i1', 'BANK_TRANSFER', ?, 'GBP', ?, ?,"
                        + " 'staff')").setParameter(1, payment[0]).setParameter(2, Long.parseLong(payment[1]))
                        .setParameter(3, java.sql.Date.valueOf(payment[2]))
                        .setParameter(4, java.sql.Timestamp.from(FIRST_END)).executeUpdate();
            }
            em.createNativeQuery("INSERT INTO credit_note (id, number, invoice_id, issue_date, reason, total_minor,"
                    + " refunded_minor, currency_code, created_at, created_by) VALUES ('n1', 'COOP-CN-2027-00001',"
                    + " 'i1', DATE '2027-01-17', 'Late', 300, 300, 'GBP', TIMESTAMP WITH TIME ZONE"
                    + " '2027-01-17 10:00:00+00', 'staff')").executeUpdate();
            new JpaLedger(em).post(new LedgerTransaction("t4", SECOND_END.minusSeconds(1800), "credit-note.refunded",
                    "n1", "Refund", List.of(Entry.debit(Account.payable("m1"), Money.gbp(300)),
                            Entry.credit(Account.CARD_CLEARING, Money.gbp(300)))));
        });
        JpaPayouts payouts = new JpaPayouts(db.entityManager());

        assertEquals(List.of(
                new Receipt(LocalDate.parse("2027-01-16"), "COOP-2027-00001", "Orpington Youth Club", Money.gbp(1200),
                        false),
                new Receipt(LocalDate.parse("2027-01-17"), "COOP-2027-00001", "Orpington Youth Club", Money.gbp(-300),
                        true)),
                payouts.receipts("m1", FIRST_END, SECOND_END), "since the first run; never the pay-out itself");
        assertEquals(3, payouts.receipts("m1", Instant.EPOCH, SECOND_END).size());
        assertEquals(List.of(), payouts.receipts("m2", Instant.EPOCH, SECOND_END));
    }

    @Test
    void noSingleCardChargeFundedMoneyReceivedByBankTransfer() {
        assertTrue(new JpaPayouts(db.entityManager()).fundingCharge("m1", Money.gbp(1200), SECOND_END).isEmpty());
    }
}
