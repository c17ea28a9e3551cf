package coop.market.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.notification.DeliveryException;
import coop.market.domain.notification.EmailStatus;
import coop.market.domain.notification.MailSender;
import coop.market.domain.notification.Outbox;
import coop.market.domain.notification.OutgoingEmail;
import coop.market.domain.notification.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailDispatcherTest {

    private static final Instant T0 = Instant.parse("2027-03-01T10:00:00Z");

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final MutableClock clock = new MutableClock(T0);
    private final RecordingSender sender = new RecordingSender();
    private final MailDispatcher dispatcher = new MailDispatcher(
            new OutboxWork(outbox, clock, new RetryPolicy(Duration.ofMinutes(1), 4)), sender,
            new AttachmentPrinters(List.of()));

    @Test
    void sendsWhatIsDueOnceAndOnlyOnce() {
        outbox.add(email("e1", T0));
        outbox.add(email("e2", T0));

        assertEquals(2, dispatcher.sendDue());
        assertEquals(List.of("e1", "e2"), sender.sent);
        assertEquals(0, dispatcher.sendDue(), "nothing is sent twice");
        assertEquals(EmailStatus.SENT, outbox.find("e1").orElseThrow().status());
    }

    @Test
    void aFailedEmailIsTriedAgainLaterUntilTheServerTakesIt() {
        outbox.add(email("e1", T0));
        sender.failuresLeft = 2;

        assertEquals(0, dispatcher.sendDue());
        OutgoingEmail stored = outbox.find("e1").orElseThrow();
        assertEquals(EmailStatus.PENDING, stored.status());
        assertEquals(T0.plus(Duration.ofMinutes(1)), stored.nextAttemptAt());
        assertEquals(0, dispatcher.sendDue(), "not before its time");

        clock.now = T0.plus(Duration.ofMinutes(1));
        assertEquals(0, dispatcher.sendDue());
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertEquals(1, dispatcher.sendDue());
        assertEquals(List.of("e1"), sender.sent);
        assertEquals(3, stored.attempts());
        assertEquals(EmailStatus.SENT, stored.status());
    }

    @Test
    void givesUpAfterTheLastAttemptAndGoesOnWithTheRest() {
        outbox.add(email("e1", T0));
        sender.failuresLeft = 100;
        for (int round = 0; round < 6; round++) {
            dispatcher.sendDue();
            clock.now = clock.now.plus(Duration.ofHours(1));
        }
        assertEquals(EmailStatus.FAILED, outbox.find("e1").orElseThrow().status());
        assertEquals(4, outbox.find("e1").orElseThrow().attempts());

        sender.failuresLeft = 0;
        outbox.add(email("e2", clock.now));
        assertEquals(1, dispatcher.sendDue());
        assertEquals(List.of("e2"), sender.sent);
    }

    @Test
    void anEmailHeldByAnotherWorkerIsLeftToIt() {
        outbox.add(email("e1", T0));
        assertTrue(outbox.claim("e1", T0, T0.plus(Duration.ofMinutes(5))), "another server took it");

        assertEquals(0, dispatcher.sendDue());
        assertTrue(sender.sent.isEmpty());

        clock.now = T0.plus(Duration.ofMinutes(6));
        assertEquals(1, dispatcher.sendDue(), "that server died: after its hold ends the email still goes");
    }

    @Test
    void withoutAMailServerNothingIsTakenAndEverythingWaits() {
        outbox.add(email("e1", T0));
        sender.configured = false;
        assertEquals(0, dispatcher.sendDue());
        assertEquals(0, outbox.find("e1").orElseThrow().attempts());
    }

    @Test
    void anUnexpectedErrorCountsAsAFailedAttempt() {
        outbox.add(email("e1", T0));
        sender.explode = true;
        assertEquals(0, dispatcher.sendDue());
        OutgoingEmail stored = outbox.find("e1").orElseThrow();
        assertEquals(1, stored.attempts());
        assertEquals("bad address", stored.lastError().orElseThrow());
    }

    private static OutgoingEmail email(String id, Instant at) {
        return new OutgoingEmail(id, "booking.requested", "b1", id + "@example.org", null, "Subject " + id, "Body",
                null, at);
    }

    private static final class RecordingSender implements MailSender {
        final List<String> sent = new ArrayList<>();
        int failuresLeft;
        boolean configured = true;
        boolean explode;

        @Override
        public boolean configured() {
            return configured;
        }

        @Override
        public void send(OutgoingEmail email) throws DeliveryException {
            if (explode) {
                throw new IllegalArgumentException("bad address");
            }
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new DeliveryException("connection refused", null);
            }
            sent.add(email.id());
        }
    }

    /** The outbox's rules, kept in a map: due, held and taken exactly as the database does. */
    private static final class InMemoryOutbox implements Outbox {
        private final Map<String, OutgoingEmail> emails = new LinkedHashMap<>();

        @Override
        public void add(OutgoingEmail email) {
            emails.put(email.id(), email);
        }

        @Override
        public Optional<OutgoingEmail> find(String id) {
            return Optional.ofNullable(emails.get(id));
        }

        @Override
        public List<String> due(Instant now, int limit) {
            return emails.values().stream().filter(e -> e.dueAt(now))
                    .sorted(Comparator.comparing(OutgoingEmail::nextAttemptAt)).map(OutgoingEmail::id).limit(limit)
                    .toList();
        }

        @Override
        public boolean claim(String id, Instant now, Instant until) {
            return emails.containsKey(id) && emails.get(id).claim(now, until);
        }

        @Override
        public List<OutgoingEmail> about(String reference) {
            return emails.values().stream().filter(e -> e.reference().orElse("").equals(reference)).toList();
        }
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
