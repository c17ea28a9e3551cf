package coop.market.application;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work for when the current JTA transaction has ended, committed or rolled back. */
final class WhenTransactionEnds {

    private WhenTransactionEnds() {
    }

    /** @throws IllegalStateException when there is no transaction, or it is too far on to be told of */
    static void run(TransactionSynchronizationRegistry transactions, Runnable work) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                work.run();
            }
        });
    }
}
