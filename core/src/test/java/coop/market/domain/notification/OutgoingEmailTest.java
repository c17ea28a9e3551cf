package coop.market.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutgoingEmailTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final RetryPolicy THREE_TRIES = new RetryPolicy(Duration.ofMinutes(1), 3);

    private final OutgoingEmail email = new OutgoingEmail("e1", "booking.confirmed", "b1", "margaret@example.org",
            "Margaret Collins", "Booking confirmed", "Hello Margaret,\n",
            new Attachment("booking.ics", Attachment.CALENDAR, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), NOW);

    @Test
    void isDueAtOnceWhenWritten() {
        assertEquals(EmailStatus.PENDING, email.status());
        assertEquals(NOW, email.nextAttemptAt());
        assertEquals(0, email.attempts());
        assertEquals("booking.ics", email.attachment().orElseThrow().fileName());
    }

    @Test
    void aFailureIsTriedAgainLaterThenGivenUp() {
        email.failed(NOW, "connection refused", THREE_TRIES);
        assertEquals(EmailStatus.PENDING, email.status());
        assertEquals(NOW.plus(Duration.ofMinutes(1)), email.nextAttemptAt());
        assertEquals("connection refused", email.lastError().orElseThrow());

        email.failed(NOW.plusSeconds(60), "connection refused", THREE_TRIES);
        assertEquals(NOW.plusSeconds(60).plus(Duration.ofMinutes(2)), email.nextAttemptAt());
        email.failed(NOW.plusSeconds(180), "mailbox full", THREE_TRIES);
        assertEquals(EmailStatus.FAILED, email.status());
        assertEquals(3, email.attempts());
        assertEquals("mailbox full", email.lastError().orElseThrow());
    }

    @Test
    void onceSentItStaysSent() {
        email.failed(NOW, "timeout", THREE_TRIES);
        email.sent(NOW.plusSeconds(60));
        assertEquals(EmailStatus.SENT, email.status());
        assertEquals(NOW.plusSeconds(60), email.sentAt().orElseThrow());
        assertTrue(email.lastError().isEmpty());

        email.failed(NOW.plusSeconds(120), "late report of an earlier failure", THREE_TRIES);
        assertEquals(EmailStatus.SENT, email.status());
    }

    @Test
    void keepsOnlyTheStartOfAVeryLongError() {
        email.failed(NOW, "x".repeat(5000), THREE_TRIES);
        assertEquals(OutgoingEmail.MAX_ERROR_LENGTH, email.lastError().orElseThrow().length());
    }
}
