package coop.market.application;

import coop.market.domain.notification.Outbox;
import coop.market.domain.notification.OutgoingEmail;
import coop.market.domain.notification.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox steps of sending, each in a short transaction of its own, so that no database
 * transaction stays open while a mail server is slow to answer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxWork {

    /** How long a worker holds an email it took: after that, if it crashed, another may take it. */
    static final Duration HOLD = Duration.ofMinutes(5);

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    private RetryPolicy retry = MailSettings.from(Settings.fromEnvironment()).retry();

    public OutboxWork() {
    }

    OutboxWork(Outbox outbox, Clock clock, RetryPolicy retry) {
        this.outbox = outbox;
        this.clock = clock;
        this.retry = retry;
    }

    public List<String> due(int limit) {
        return outbox.due(clock.instant(), limit);
    }

    /** The email, now held by this worker; empty if someone else took it first or it is no longer due. */
    public Optional<OutgoingEmail> take(String id) {
        Instant now = clock.instant();
        if (!outbox.claim(id, now, now.plus(HOLD))) {
            return Optional.empty();
        }
        return outbox.find(id);
    }

    public void sent(String id) {
        outbox.find(id).ifPresent(email -> email.sent(clock.instant()));
    }

    public void failed(String id, String error) {
        outbox.find(id).ifPresent(email -> email.failed(clock.instant(), error, retry));
    }
}
