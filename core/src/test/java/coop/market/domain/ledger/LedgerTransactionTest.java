package coop.market.domain.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import coop.market.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTransactionTest {

    private static final Instant NOW = Instant.parse("2027-01-04T10:00:00Z");

    @Test
    void debitsMustEqualCredits() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> transaction(Entry.debit(Account.receivable("c1"), Money.gbp(3000)),
                        Entry.credit(Account.BILLED_WORK, Money.gbp(2999))));
        assertEquals("Debits and credits differ by GBP 0.01 in invoice.issued i1", refused.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> transaction(Entry.debit(Account.BANK, Money.gbp(100))), "one posting is not double entry");
        assertThrows(IllegalArgumentException.class,
                () -> transaction(Entry.debit(Account.BANK, Money.gbp(100)),
                        Entry.credit(Account.receivable("c1"), Money.ofMinor(100, "EUR"))), "one currency");
        assertThrows(IllegalArgumentException.class, () -> Entry.debit(Account.BANK, Money.gbp(0)));
    }

    @Test
    void aReversalPutsEveryPostingOnTheOtherSide() {
        LedgerTransaction issued = transaction(Entry.debit(Account.receivable("c1"), Money.gbp(4500)),
                Entry.credit(Account.BILLED_WORK, Money.gbp(3000)),
                Entry.credit(Account.CANCELLATION_FEES, Money.gbp(1500)));

        LedgerTransaction undone = issued.reversal("t2", NOW, "invoice.voided", "i1", "issued by mistake");

        assertEquals(issued.id(), undone.reversesId());
        assertEquals("Reverses Invoice i1: issued by mistake", undone.description());
        assertEquals(List.of("CREDIT receivable:c1 GBP 45.00", "DEBIT billed-work GBP 30.00",
                "DEBIT cancellation-fees GBP 15.00"), undone.postings().stream()
                .map(p -> p.side() + " " + p.account() + " " + p.amount()).toList());
    }

    @Test
    void accountsAreWrittenAsCodesAndReadBack() {
        assertEquals("payable:m1", Account.payable("m1").code());
        assertEquals(Account.payable("m1"), Account.of("payable:m1"));
        assertEquals(Account.CARD_CLEARING, Account.of("card-clearing"));
        assertThrows(IllegalArgumentException.class, () -> Account.of("bank:m1"), "the bank has no owner");
        assertThrows(IllegalArgumentException.class, () -> Account.of("receivable"), "a receivable has one");
        assertThrows(IllegalArgumentException.class, () -> Account.of("petty-cash"));
    }

    private static LedgerTransaction transaction(Entry... entries) {
        return new LedgerTransaction("t1", NOW, "invoice.issued", "i1", "Invoice i1", List.of(entries));
    }
}
