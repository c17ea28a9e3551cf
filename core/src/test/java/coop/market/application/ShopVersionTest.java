package coop.market.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShopVersionTest {

    private final OneTransaction transaction = new OneTransaction();
    private final ShopVersion version = new ShopVersion();

    {
        version.transactions = transaction;
    }

    @Test
    void aChangeInATransactionRaisesTheNumberOnceWhenTheTransactionEndsNotBefore() {
        transaction.status = Status.STATUS_ACTIVE;

        version.changing();
        version.changing();
        version.changing();

        assertEquals(0, version.current(), "a page rendered before the commit must not be kept as the new version");
        transaction.end(Status.STATUS_COMMITTED);
        assertEquals(1, version.current());
    }

    @Test
    void aRolledBackChangeRaisesItToo() {
        transaction.status = Status.STATUS_ACTIVE;
        version.changing();

        transaction.end(Status.STATUS_ROLLEDBACK);

        assertEquals(1, version.current(), "raising it needlessly costs a page's rendering, nothing more");
    }

    @Test
    void aChangeOutsideATransactionRaisesItAtOnce() {
        transaction.status = Status.STATUS_NO_TRANSACTION;

        version.changing();

        assertEquals(1, version.current());
    }

    @Test
    void tooLateToBeToldOfTheEndItIsRaisedAtOnce() {
        transaction.status = Status.STATUS_PREPARED;

        version.changing();

        assertEquals(1, version.current());
    }

    /** A transaction the test ends. */
    private static final class OneTransaction implements TransactionSynchronizationRegistry {
        int status;
        private final Map<Object, Object> resources = new HashMap<>();
        private final List<Synchronization> synchronizations = new ArrayList<>();

        void end(int outcome) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            synchronizations.forEach(sync -> sync.afterCompletion(outcome));
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            if (status != Status.STATUS_ACTIVE) {
                throw new IllegalStateException("transaction is " + status);
            }
            synchronizations.add(sync);
        }

        @Override
        public Object getTransactionKey() {
            return "t1";
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
