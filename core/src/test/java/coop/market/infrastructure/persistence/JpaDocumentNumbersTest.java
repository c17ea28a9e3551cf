package coop.market.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.market.domain.invoicing.DocumentKind;
import coop.market.domain.invoicing.DocumentNumber;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Document numbers in the database: unique and gapless under racing transactions and rollbacks. */
@Tag("database")
class JpaDocumentNumbersTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void aNumberTakenInATransactionThatRollsBackIsGivenAgain() {
        assertEquals(1, take(DocumentKind.INVOICE, 2026));

        EntityManager em = db.entityManager();
        em.getTransaction().begin();
        assertEquals(2, new JpaDocumentNumbers(em).next(DocumentKind.INVOICE, 2026).sequence());
        em.getTransaction().rollback(); // as if the server died before the invoice was saved

        assertEquals(2, take(DocumentKind.INVOICE, 2026), "no gap");
        assertEquals(1, take(DocumentKind.CREDIT_NOTE, 2026), "credit notes count on their own");
        assertEquals(1, take(DocumentKind.INVOICE, 2027), "a new year starts again");
    }

    @Test
    void racingTransactionsGetEveryNumberOnceAndMissNone() throws Exception {
        int workers = 8;
        int each = 25;
        List<EntityManager> managers = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            managers.add(db.entityManager());
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<List<Long>>> results = new ArrayList<>();
        try {
            for (EntityManager em : managers) {
                results.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int n = 0; n < each; n++) {
                        em.getTransaction().begin();
                        DocumentNumber number = new JpaDocumentNumbers(em).next(DocumentKind.INVOICE, 2026);
                        Thread.yield(); // hold the lock a moment, as saving an invoice would
                        em.getTransaction().commit();
                        mine.add(number.sequence());
                    }
                    return mine;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            Set<Long> expected = LongStream.rangeClosed(1, workers * each).boxed()
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(workers * each, all.size());
            assertEquals(expected, new TreeSet<>(all), "each of 1.." + workers * each + " exactly once");
        } finally {
            pool.shutdownNow();
        }
    }

    private long take(DocumentKind kind, int year) {
        long[] taken = new long[1];
        db.inTransaction(em -> taken[0] = new JpaDocumentNumbers(em).next(kind, year).sequence());
        return taken[0];
    }
}
