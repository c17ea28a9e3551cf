package coop.market.domain.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What double entry promises whatever is posted: any sequence of balanced transactions, and reversals
 * of some of them, leaves a trial balance whose columns agree; reversing everything leaves nothing.
 * (The same promise over real invoices, payments and credit notes is tested where those are made.)
 */
class LedgerProperties {

    private static final Instant NOW = Instant.parse("2027-01-04T10:00:00Z");

    @Property
    void theTrialBalanceAlwaysBalances(@ForAll("transactions") List<LedgerTransaction> posted,
            @ForAll("picks") List<Integer> reversed) {
        List<LedgerTransaction> books = new ArrayList<>(posted);
        for (int pick : reversed) {
            LedgerTransaction original = posted.get(pick % posted.size());
            books.add(original.reversal("r" + books.size(), NOW, "reversal", "r" + books.size(), "test"));
        }

        TrialBalance balance = TrialBalance.of(netDebits(books), Money.GBP);

        assertTrue(balance.balanced(), balance.toString());
        balance.accounts().forEach(line -> assertTrue(line.debit().isZero() || line.credit().isZero(), line.toString()));
    }

    @Property
    void reversingEveryTransactionLeavesNothing(@ForAll("transactions") List<LedgerTransaction> posted) {
        List<LedgerTransaction> books = new ArrayList<>(posted);
        for (LedgerTransaction transaction : posted) {
            books.add(transaction.reversal("r-" + transaction.id(), NOW, "reversal", transaction.id(), "test"));
        }

        TrialBalance balance = TrialBalance.of(netDebits(books), Money.GBP);

        assertEquals(List.of(), balance.accounts());
        assertEquals(Money.gbp(0), balance.totalDebit());
    }

    /** What the database sums for each account: debits minus credits. */
    static Map<Account, Long> netDebits(List<LedgerTransaction> books) {
        Map<Account, Long> net = new HashMap<>();
        books.forEach(transaction -> transaction.postings()
                .forEach(posting -> net.merge(posting.account(), posting.signedMinor(), Math::addExact)));
        return net;
    }

    @Provide
    Arbitrary<List<LedgerTransaction>> transactions() {
        return transaction().list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<Integer>> picks() {
        return Arbitraries.integers().between(0, 1_000).list().ofMaxSize(10);
    }

    /** A balanced transaction: some debits of random amounts, and credits that split their total at random. */
    private static Arbitrary<LedgerTransaction> transaction() {
        Arbitrary<List<Long>> debits = Arbitraries.longs().between(1, 5_000_000).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<Long>> creditRatios = Arbitraries.longs().between(1, 100).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<Account>> debitAccounts = account().list().ofSize(4);
        Arbitrary<List<Account>> creditAccounts = account().list().ofSize(4);
        return Combinators.combine(debits, creditRatios, debitAccounts, creditAccounts, Arbitraries.integers())
                .as((amounts, ratios, from, to, n) -> {
                    List<Entry> entries = new ArrayList<>();
                    long total = 0;
                    for (int i = 0; i < amounts.size(); i++) {
                        entries.add(Entry.debit(from.get(i), Money.gbp(amounts.get(i))));
                        total += amounts.get(i);
                    }
                    Money[] parts = Money.gbp(total).allocate(ratios.stream().mapToLong(Long::longValue).toArray());
                    for (int i = 0; i < parts.length; i++) {
                        if (parts[i].isPositive()) {
                            entries.add(Entry.credit(to.get(i), parts[i]));
                        }
                    }
                    return new LedgerTransaction("t" + n, NOW, "test", "e" + n, "Test", entries);
                });
    }

    private static Arbitrary<Account> account() {
        return Arbitraries.oneOf(Arbitraries.of(Account.BANK, Account.BILLED_WORK, Account.CARD_CLEARING,
                        Account.CARD_FEES, Account.CANCELLATION_FEES, Account.CONTRIBUTION_INCOME),
                Arbitraries.of("c1", "c2", "c3").map(Account::receivable),
                Arbitraries.of("m1", "m2").map(Account::payable));
    }
}
