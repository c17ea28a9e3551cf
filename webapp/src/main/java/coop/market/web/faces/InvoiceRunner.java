package coop.market.web.faces;

import coop.market.application.InvoiceRunService;
import coop.market.domain.account.Actor;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Invoice runs started from the invoices page, run in the background so the page can show how far they have got.
 * A run's progress is kept in memory under a key the page polls with; it is only for the page to watch: the run
 * itself is safe to repeat, so a server restart part-way loses nothing but the bar.
 */
@ApplicationScoped
public class InvoiceRunner {

    private static final Logger LOG = Logger.getLogger(InvoiceRunner.class.getName());

    /** Finished runs kept for their pages; older ones are forgotten. */
    private static final int KEPT = 50;

    @Resource
    ManagedExecutorService executor;

    @Inject
    InvoiceRunService runs;

    private final Map<String, RunProgress> progress = new ConcurrentHashMap<>();

    /** Starts a run up to the day; the key its progress is found by. */
    public String start(String periodEnd, Actor staff) {
        forgetOldRuns();
        String key = UUID.randomUUID().toString();
        RunProgress watched = new RunProgress(System.nanoTime());
        progress.put(key, watched);
        executor.submit(() -> {
            try {
                watched.finished(runs.run(periodEnd, staff, watched::customersDone));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An invoice run started from the invoices page stopped", e);
                watched.stopped();
            }
        });
        return key;
    }

    public Optional<RunProgress> progress(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(progress.get(key));
    }

    private void forgetOldRuns() {
        if (progress.size() < KEPT) {
            return;
        }
        progress.entrySet().stream().filter(entry -> entry.getValue().isOver())
                .min((a, b) -> Long.compare(a.getValue().startedAt(), b.getValue().startedAt()))
                .ifPresent(oldest -> progress.remove(oldest.getKey()));
    }

    /** How far one run has got. */
    public static final class RunProgress {

        private final long startedAt;
        private volatile int done;
        private volatile int of = -1;
        private volatile InvoiceRunService.Result result;
        private volatile boolean stopped;

        RunProgress(long startedAt) {
            this.startedAt = startedAt;
        }

        void customersDone(int doneSoFar, int customers) {
            done = doneSoFar;
            of = customers;
        }

        void finished(InvoiceRunService.Result ran) {
            result = ran;
        }

        void stopped() {
            stopped = true;
        }

        long startedAt() {
            return startedAt;
        }

        public boolean isOver() {
            return result != null || stopped;
        }

        public boolean isStopped() {
            return stopped;
        }

        /** 0-100; 100 once finished (also when there was nobody to invoice). */
        public int getPercent() {
            if (result != null) {
                return 100;
            }
            return of <= 0 ? 0 : done * 100 / of;
        }

        public int getDone() {
            return done;
        }

        public int getOf() {
            return Math.max(of, 0);
        }

        public InvoiceRunService.Result getResult() {
            return result;
        }
    }
}
