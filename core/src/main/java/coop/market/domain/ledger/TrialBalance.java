package coop.market.domain.ledger;

import coop.market.domain.shared.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every account with a balance, each in its debit or credit column, and the two columns' totals. In
 * books kept by double entry the totals are always equal; {@link #balanced} says whether they are.
 */
public record TrialBalance(List<AccountBalance> accounts, Money totalDebit, Money totalCredit) {

    /**
     * The trial balance of accounts whose net debits (debits minus credits, in minor units) are given.
     * Accounts that have come back to nothing are left out.
     */
    public static TrialBalance of(Map<Account, Long> netDebits, Currency currency) {
        List<AccountBalance> accounts = new ArrayList<>();
        long debits = 0;
        long credits = 0;
        for (Map.Entry<Account, Long> account : new TreeMap<>(netDebits).entrySet()) {
            long net = account.getValue();
            if (net == 0) {
                continue;
            }
            long debit = Math.max(net, 0);
            long credit = Math.max(-net, 0);
            debits = Math.addExact(debits, debit);
            credits = Math.addExact(credits, credit);
            accounts.add(new AccountBalance(account.getKey(), Money.ofMinor(debit, currency),
                    Money.ofMinor(credit, currency)));
        }
        return new TrialBalance(List.copyOf(accounts), Money.ofMinor(debits, currency), Money.ofMinor(credits, currency));
    }

    public boolean balanced() {
        return totalDebit.equals(totalCredit);
    }
}
