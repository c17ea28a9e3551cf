package coop.market.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * An SMTP server inside the test process that catches every email the server under test sends:
 * the build tells that server (SMTP_HOST, SMTP_PORT) to send here. Started once, by the first test
 * class that needs it, and left running until the test process ends, so emails sent for one test
 * class never find the server gone.
 */
public final class Mailbox {

    private static GreenMail smtp;

    private Mailbox() {
    }

    public static synchronized void start() {
        if (smtp == null) {
            int port = Integer.getInteger("test.smtp.port", 9086);
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    /**
     * Waits until {@code count} emails to this address have arrived (the server sends from a
     * background worker, so they come a moment after the request that caused them).
     */
    public static List<MimeMessage> waitFor(String address, int count, Duration timeout) {
        start();
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<MimeMessage> found = to(address);
            if (found.size() >= count || Instant.now().isAfter(deadline)) {
                if (found.size() < count) {
                    throw new AssertionError("Expected " + count + " emails to " + address + " within " + timeout
                            + ", got " + found.size());
                }
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Waits for an email to this address whose subject passes the test, and gives it. */
    public static MimeMessage waitForSubject(String address, java.util.function.Predicate<String> subject,
            Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            for (MimeMessage message : to(address)) {
                try {
                    if (subject.test(message.getSubject())) {
                        return message;
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No email to " + address + " with the subject wanted within " + timeout);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every email to this address so far, oldest first. */
    public static List<MimeMessage> to(String address) {
        start();
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> isTo(message, address)).toList();
    }

    /**
     * The message's own words (its text, or the first part of a message that carries attachments), its lines
     * ending in {@code \n} as they were written, not in the {@code \r\n} they travelled with.
     */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            String text = content instanceof MimeMultipart parts ? parts.getBodyPart(0).getContent().toString()
                    : content.toString();
            return text.replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the PDF the message carries as its attachment, which must have this file name. */
    public static String attachedPdfText(MimeMessage message, String fileName) {
        try {
            BodyPart file = ((MimeMultipart) message.getContent()).getBodyPart(1);
            assertEquals(fileName, file.getFileName());
            assertTrue(file.getContentType().startsWith("application/pdf"), file.getContentType());
            try (PDDocument pdf = Loader.loadPDF(file.getInputStream().readAllBytes())) {
                return new PDFTextStripper().getText(pdf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(r -> ((InternetAddress) r).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
