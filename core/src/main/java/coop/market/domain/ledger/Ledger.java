package coop.market.domain.ledger;

import java.util.Map;
import java.util.Optional;

/** The books. Transactions are added, never changed or removed. */
public interface Ledger {

    /**
     * Adds a transaction, in the caller's database transaction. The database refuses a second
     * transaction for the same event, so an event retried or raced is never posted twice.
     */
    void post(LedgerTransaction transaction);

    /** The transaction posted for this event, if there is one. */
    Optional<LedgerTransaction> find(String eventType, String eventId);

    /** Every account that has postings, with its debits minus its credits in minor units. */
    Map<Account, Long> netDebits();

    /** One account's debits minus credits in minor units (0 if it has no postings). */
    long netDebit(Account account);
}
