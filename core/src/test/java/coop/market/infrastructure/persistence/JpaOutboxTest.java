package coop.market.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.notification.Attachment;
import coop.market.domain.notification.EmailStatus;
import coop.market.domain.notification.OutgoingEmail;
import coop.market.domain.notification.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("database")
class JpaOutboxTest {

    private static final Instant T0 = Fixtures.T0;
    private static final Duration HOLD = Duration.ofMinutes(5);

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private static OutgoingEmail email(String id, String reference, Instant at) {
        return new OutgoingEmail(id, "booking.confirmed", reference, id + "@example.org", "Zoë Ødegård",
                "Booking confirmed: Cleaning on Monday 29 March 2027", "Hello Zoë,\n\nWhen: 9am to 11am.\n",
                new Attachment("booking.ics", Attachment.CALENDAR, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), at);
    }

    @Test
    void keepsEveryPartOfTheEmail() {
        db.inTransaction(em -> new JpaOutbox(em).add(email("e1", "b1", T0)));

        OutgoingEmail stored = new JpaOutbox(db.entityManager()).find("e1").orElseThrow();
        assertEquals("Zoë Ødegård", stored.recipientName().orElseThrow());
        assertEquals("Hello Zoë,\n\nWhen: 9am to 11am.\n", stored.body());
        assertEquals("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", stored.attachment().orElseThrow().text());
        assertEquals(EmailStatus.PENDING, stored.status());
        assertEquals(T0, stored.nextAttemptAt());
        assertEquals(List.of("e1"), new JpaOutbox(db.entityManager()).about("b1").stream()
                .map(OutgoingEmail::id).toList());
    }

    @Test
    void dueEmailsComeOldestFirstAndOnlyWhenTheirTimeHasCome() {
        db.inTransaction(em -> {
            JpaOutbox outbox = new JpaOutbox(em);
            outbox.add(email("later", "b1", T0.plusSeconds(60)));
            outbox.add(email("first", "b1", T0));
            outbox.add(email("second", "b1", T0.plusSeconds(1)));
        });
        JpaOutbox outbox = new JpaOutbox(db.entityManager());
        assertEquals(List.of("first", "second"), outbox.due(T0.plusSeconds(30), 10));
        assertEquals(List.of("first"), outbox.due(T0.plusSeconds(30), 1));
        assertEquals(List.of("first", "second", "later"), outbox.due(T0.plusSeconds(60), 10));
    }

    @Test
    void onlyOneWorkerTakesAnEmailUntilItsHoldEnds() {
        db.inTransaction(em -> new JpaOutbox(em).add(email("e1", "b1", T0)));
        AtomicBoolean first = new AtomicBoolean();
        AtomicBoolean second = new AtomicBoolean();
        db.inTransaction(em -> first.set(new JpaOutbox(em).claim("e1", T0, T0.plus(HOLD))));
        db.inTransaction(em -> second.set(new JpaOutbox(em).claim("e1", T0.plusSeconds(1), T0.plus(HOLD))));
        assertTrue(first.get());
        assertFalse(second.get(), "held by the first worker");
        assertTrue(new JpaOutbox(db.entityManager()).due(T0.plusSeconds(1), 10).isEmpty());

        AtomicBoolean afterHold = new AtomicBoolean();
        db.inTransaction(em -> afterHold.set(new JpaOutbox(em).claim("e1", T0.plus(HOLD).plusSeconds(1),
                T0.plus(HOLD).plus(HOLD))));
        assertTrue(afterHold.get(), "a worker that died does not keep it for ever");
    }

    @Test
    void sentAndFailedEmailsAreNotTakenAgain() {
        db.inTransaction(em -> {
            JpaOutbox outbox = new JpaOutbox(em);
            outbox.add(email("sent", "b1", T0));
            outbox.add(email("failing", "b1", T0));
        });
        RetryPolicy once = new RetryPolicy(Duration.ofMinutes(1), 1);
        db.inTransaction(em -> {
            JpaOutbox outbox = new JpaOutbox(em);
            outbox.find("sent").orElseThrow().sent(T0);
            outbox.find("failing").orElseThrow().failed(T0, "550 no such mailbox", once);
        });
        db.inTransaction(em -> assertFalse(new JpaOutbox(em).claim("sent", T0.plusSeconds(1), T0.plus(HOLD))));
        JpaOutbox outbox = new JpaOutbox(db.entityManager());
        assertTrue(outbox.due(T0.plus(Duration.ofDays(1)), 10).isEmpty());
        OutgoingEmail failed = outbox.find("failing").orElseThrow();
        assertEquals(EmailStatus.FAILED, failed.status());
        assertEquals("550 no such mailbox", failed.lastError().orElseThrow());
    }

    @Test
    void aFailedAttemptIsTakenAgainWhenItsRetryIsDue() {
        db.inTransaction(em -> new JpaOutbox(em).add(email("e1", "b1", T0)));
        db.inTransaction(em -> assertTrue(new JpaOutbox(em).claim("e1", T0, T0.plus(HOLD))));
        db.inTransaction(em -> new JpaOutbox(em).find("e1").orElseThrow().failed(T0, "timeout",
                new RetryPolicy(Duration.ofMinutes(1), 5)));

        JpaOutbox outbox = new JpaOutbox(db.entityManager());
        assertTrue(outbox.due(T0.plusSeconds(59), 10).isEmpty());
        assertEquals(List.of("e1"), outbox.due(T0.plusSeconds(60), 10), "the hold ends with the attempt");
    }
}
