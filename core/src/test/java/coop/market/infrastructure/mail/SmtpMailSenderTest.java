package coop.market.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import coop.market.application.MailSettings;
import coop.market.application.Settings;
import coop.market.domain.notification.Attachment;
import coop.market.domain.notification.DeliveryException;
import coop.market.domain.notification.OutgoingEmail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class SmtpMailSenderTest {

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @BeforeEach
    void start() {
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private static final Instant NOW = Instant.parse("2027-03-20T10:00:00Z");

    private static SmtpMailSender sender(int port) {
        return new SmtpMailSender(MailSettings.from(new Settings(Map.of("SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(port), "MAIL_FROM", "Bromley Micro Enterprises <bookings@bme.example>"))));
    }

    @Test
    void sendsPlainTextInUtf8FromTheCoop() throws Exception {
        SmtpMailSender sender = sender(smtp.getSmtp().getPort());
        assertTrue(sender.configured());
        sender.send(new OutgoingEmail("e1", "booking.requested", "b1", "zoe@example.org", "Zoë Ødegård",
                "Booking request received: Cleaning on Monday 29 March 2027", "Hello Zoë,\n\nPrice: £30.00.\n",
                null, NOW));

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertEquals("Booking request received: Cleaning on Monday 29 March 2027", received.getSubject());
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertEquals("bookings@bme.example", from.getAddress());
        InternetAddress to = (InternetAddress) received.getAllRecipients()[0];
        assertEquals("zoe@example.org", to.getAddress());
        assertEquals("Zoë Ødegård", to.getPersonal());
        assertTrue(received.getContentType().startsWith("text/plain"));
        assertEquals("Hello Zoë,\n\nPrice: £30.00.", received.getContent().toString().replace("\r\n", "\n").strip());
        assertEquals("auto-generated", received.getHeader("Auto-Submitted")[0]);
    }

    @Test
    void aCalendarFileTravelsAsAnAttachment() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nEND:VCALENDAR\r\n";
        sender(smtp.getSmtp().getPort()).send(new OutgoingEmail("e1", "booking.confirmed", "b1", "zoe@example.org",
                null, "Booking confirmed", "Hello,\n", new Attachment("booking.ics", Attachment.CALENDAR, ics), NOW));

        MimeMessage received = smtp.getReceivedMessages()[0];
        Multipart parts = (Multipart) received.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        Part file = parts.getBodyPart(1);
        assertTrue(file.isMimeType("text/calendar"), file.getContentType());
        assertEquals("booking.ics", file.getFileName());
        assertEquals(Part.ATTACHMENT, file.getDisposition());
        assertEquals(ics, new String(file.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(GreenMailUtil.getBody(received).contains("booking.ics"));
    }

    @Test
    void aServerThatIsDownIsADeliveryFailureToRetry() {
        DeliveryException failure = assertThrows(DeliveryException.class, () -> sender(1).send(
                new OutgoingEmail("e1", "booking.requested", "b1", "zoe@example.org", null, "S", "B", null, NOW)));
        assertFalse(failure.getMessage().isBlank());
    }

    @Test
    void withoutAHostNothingIsConfigured() {
        assertFalse(new SmtpMailSender(MailSettings.from(new Settings(Map.of()))).configured());
    }
}
