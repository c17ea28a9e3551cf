package coop.market.application;

import coop.market.domain.notification.MailSender;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The jobs that run by themselves while the application is up: sending what is due in the email
 * outbox, closing booking requests nobody answered in time, reminding customers of overdue invoices, and
 * sending again payments from saved cards that Stripe could not take when they were made. Each runs on the server's managed
 * scheduler; with several servers on one database each does its share, and the outbox and the
 * member lock stop them doing the same thing twice.
 */
@ApplicationScoped
public class BackgroundWork {

    /** How many members' lapsed requests one sweep closes at most. */
    static final int SWEEP_BATCH = 200;

    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailDispatcher mail;

    @Inject
    MailSender sender;

    @Inject
    BookingService bookings;

    @Inject
    OverdueReminders overdue;

    @Inject
    SavedCardService savedCards;

    private final List<ScheduledFuture<?>> running = new ArrayList<>();

    /** Starts the jobs; called once the database is ready. */
    public synchronized void start(Settings settings) {
        if (sender.configured()) {
            every(MailSettings.from(settings).pollInterval(), "sending email", mail::sendDue);
        } else {
            LOG.warning("SMTP_HOST is not set, so no email is sent: emails wait in the outbox until it is.");
        }
        Duration sweep = Duration.ofSeconds(settings.get("BOOKING_SWEEP_SECONDS").map(Long::parseLong).orElse(300L));
        every(sweep, "closing lapsed booking requests", this::closeLapsedRequests);
        Duration reminders = Duration.ofSeconds(settings.get("REMINDER_SWEEP_SECONDS").map(Long::parseLong)
                .orElse(3600L));
        every(reminders, "reminding customers of overdue invoices", overdue::send);
        // Payments from saved cards are sent as soon as their invoice is issued; one left waiting because Stripe
        // could not be reached is sent again here, with the same idempotency key.
        Duration cards = Duration.ofSeconds(settings.get("CARD_RETRY_SECONDS").map(Long::parseLong).orElse(600L));
        every(cards, "sending payments from saved cards", savedCards::chargeWaiting);
    }

    /** @return how many requests were closed */
    int closeLapsedRequests() {
        int closed = 0;
        for (String memberId : bookings.membersWithLapsedRequests(SWEEP_BATCH)) {
            closed += bookings.closeLapsedRequests(memberId);
        }
        return closed;
    }

    private void every(Duration interval, String what, Runnable job) {
        running.add(scheduler.scheduleWithFixedDelay(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                // A failed round is logged and the next round tries again; the job must keep running.
                LOG.log(Level.WARNING, "Background work failed while " + what + "; trying again later", e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS));
    }

    @PreDestroy
    synchronized void stop() {
        running.forEach(future -> future.cancel(false));
        running.clear();
    }
}
