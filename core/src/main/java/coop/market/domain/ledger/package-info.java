/**
 * The co-op's books: a double-entry ledger that is only ever added to. Every business event that
 * moves money (an invoice issued, a payment received, a credit note, a refund, a pay-out) posts one
 * balanced {@link coop.market.domain.ledger.LedgerTransaction} in the same database transaction as the
 * event; a mistake is put right by a reversing transaction, never by changing or deleting one.
 */
package coop.market.domain.ledger;
