package coop.market.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.ledger.Account;
import coop.market.domain.ledger.Entry;
import coop.market.domain.ledger.LedgerTransaction;
import coop.market.domain.ledger.TrialBalance;
import coop.market.domain.shared.Money;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("database")
class JpaLedgerTest {

    private static final Instant NOW = Instant.parse("2027-01-04T10:00:00Z");

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void theDatabaseSumsEachAccountsDebitsLessCredits() {
        post("t1", "invoice.issued", "i1", Entry.debit(Account.receivable("c1"), Money.gbp(4500)),
                Entry.credit(Account.BILLED_WORK, Money.gbp(4500)));
        post("t2", "payment.received", "p1", Entry.debit(Account.BANK, Money.gbp(2000)),
                Entry.credit(Account.receivable("c1"), Money.gbp(2000)));
        post("t3", "payment.attributed", "p1", Entry.debit(Account.BILLED_WORK, Money.gbp(2000)),
                Entry.credit(Account.payable("m1"), Money.gbp(2000)));

        JpaLedger ledger = new JpaLedger(db.entityManager());

        assertEquals(Map.of(Account.receivable("c1"), 2500L, Account.BILLED_WORK, -2500L, Account.BANK, 2000L,
                Account.payable("m1"), -2000L), ledger.netDebits());
        assertEquals(-2000L, ledger.netDebit(Account.payable("m1")));
        assertEquals(0L, ledger.netDebit(Account.payable("nobody")));
        TrialBalance balance = TrialBalance.of(ledger.netDebits(), Money.GBP);
        assertTrue(balance.balanced());
        assertEquals(Money.gbp(4500), balance.totalDebit());
        assertEquals("bank", balance.accounts().get(0).account().code());
    }

    @Test
    void anEventIsPostedOnceAndAReversalLinksBack() {
        post("t1", "invoice.issued", "i1", Entry.debit(Account.receivable("c1"), Money.gbp(4500)),
                Entry.credit(Account.BILLED_WORK, Money.gbp(4500)));

        assertThrows(PersistenceException.class, () -> post("t2", "invoice.issued", "i1",
                Entry.debit(Account.receivable("c1"), Money.gbp(4500)), Entry.credit(Account.BILLED_WORK,
                        Money.gbp(4500))), "the database holds one transaction per event");

        db.inTransaction(em -> {
            JpaLedger ledger = new JpaLedger(em);
            LedgerTransaction issued = ledger.find("invoice.issued", "i1").orElseThrow();
            ledger.post(issued.reversal("t3", NOW, "invoice.voided", "i1", "mistake"));
        });
        JpaLedger ledger = new JpaLedger(db.entityManager());
        assertEquals("t1", ledger.find("invoice.voided", "i1").orElseThrow().reversesId());
        assertEquals(List.of(), TrialBalance.of(ledger.netDebits(), Money.GBP).accounts());
    }

    private void post(String id, String type, String event, Entry... entries) {
        db.inTransaction(em -> new JpaLedger(em).post(new LedgerTransaction(id, NOW, type, event, type + " " + event,
                List.of(entries))));
    }
}
