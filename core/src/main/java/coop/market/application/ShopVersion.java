package coop.market.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * What the shop shows everyone, as a number that goes up whenever it may have changed: a listing (its stock too), a
 * listing's photos, a member (their name, story or area) or the co-op's details (told by
 * {@code infrastructure.persistence.ShopChangeListener}). The webapp's page cache serves a page only while this
 * number is still the one it was rendered under.
 *
 * <p>The number goes up when the changing transaction ends, not when the change is written: a page rendered in
 * between reads the old data, and would otherwise be kept under the new number. One server's number says nothing
 * of changes made on another server on the same database; the page cache's short lifetime covers those.
 */
@ApplicationScoped
public class ShopVersion {

    private static final Logger LOG = Logger.getLogger(ShopVersion.class.getName());

    /** Marks a transaction that will already raise the number when it ends, so it does so once. */
    private static final Object RAISES_AT_END = ShopVersion.class;

    private final AtomicLong number = new AtomicLong();

    @Resource
    TransactionSynchronizationRegistry transactions;

    public long current() {
        return number.get();
    }

    /** Something the shop shows is being changed: the number goes up once the current transaction (if any) ends. */
    public void changing() {
        try {
            if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
                number.incrementAndGet();
                return;
            }
            if (transactions.getResource(RAISES_AT_END) == null) {
                transactions.putResource(RAISES_AT_END, Boolean.TRUE);
                WhenTransactionEnds.run(transactions, number::incrementAndGet);
            }
        } catch (IllegalStateException e) {
            // Too late in the transaction to be told of its end: raised now, which leaves a page rendered before the
            // commit servable for the cache's short lifetime at most.
            LOG.warning(() -> "The shop's version was raised before the change committed: " + e);
            number.incrementAndGet();
        }
    }
}
