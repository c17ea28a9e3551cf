package coop.market.domain.statement;

import coop.market.domain.payout.Payout;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** What a statement reads from the books besides expenses and benefit periods (those are the earnings records'). */
public interface StatementRecords {

    /**
     * Money received for the member from {@code from} (included) to {@code to} (not): their payable account's
     * credits less debits, by moment posted, pay-outs left out (the same rule as a pay-out run's standing).
     */
    List<ReceivedMoney> received(String memberId, Instant from, Instant to, Currency currency);

    /** Money received for every member from {@code from} (included) to {@code to} (not), as above, by member id. */
    Map<String, List<ReceivedMoney>> receivedByMember(Instant from, Instant to, Currency currency);

    /** Pay-outs made to the member (paid or put in a bank file) from {@code from} (included) to {@code to} (not). */
    List<Payout> payoutsMade(String memberId, Instant from, Instant to);

    /** Pay-outs made to any member from {@code from} (included) to {@code to} (not), by moment made. */
    List<Payout> payoutsMade(Instant from, Instant to);
}
