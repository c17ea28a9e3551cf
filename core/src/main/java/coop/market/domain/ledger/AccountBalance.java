package coop.market.domain.ledger;

import coop.market.domain.shared.Money;

/** An account's balance as a trial balance shows it: in the debit column or the credit column. */
public record AccountBalance(Account account, Money debit, Money credit) {
}
