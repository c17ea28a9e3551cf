package coop.market.infrastructure.mail;

import coop.market.application.MailSettings;
import coop.market.application.Settings;
import coop.market.domain.notification.Attachment;
import coop.market.domain.notification.DeliveryException;
import coop.market.domain.notification.MailSender;
import coop.market.domain.notification.OutgoingEmail;
import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;

/**
 * Sends emails through the SMTP server named in {@link MailSettings}: plain text in UTF-8, with a
 * calendar file as a second part when there is one.
 */
@ApplicationScoped
public class SmtpMailSender implements MailSender {

    /** How long to wait for the mail server to connect or answer before trying again later. */
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final MailSettings settings;
    private final Session session;

    public SmtpMailSender() {
        this(MailSettings.from(Settings.fromEnvironment()));
    }

    public SmtpMailSender(MailSettings settings) {
        this.settings = settings;
        this.session = settings.host().map(host -> Session.getInstance(properties(settings, host))).orElse(null);
    }

    private static Properties properties(MailSettings settings, String host) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.auth", String.valueOf(settings.username().isPresent()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT.toMillis()));
        properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT.toMillis()));
        return properties;
    }

    @Override
    public boolean configured() {
        return session != null;
    }

    @Override
    public void send(OutgoingEmail email) throws DeliveryException {
        if (session == null) {
            throw new DeliveryException("No mail server is configured (SMTP_HOST)", null);
        }
        try {
            MimeMessage message = message(email);
            if (settings.username().isPresent()) {
                Transport.send(message, settings.username().get(), settings.password().orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new DeliveryException(e.getMessage(), e);
        }
    }

    MimeMessage message(OutgoingEmail email) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        InternetAddress to = new InternetAddress(email.recipientAddress(), true);
        if (email.recipientName().isPresent()) {
            to.setPersonal(email.recipientName().get(), StandardCharsets.UTF_8.name());
        }
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        // Tells mail servers and auto-responders this is automatic, so no holiday replies loop back.
        message.setHeader("Auto-Submitted", "auto-generated");
        if (email.attachment().isEmpty()) {
            message.setText(email.body(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.body(), StandardCharsets.UTF_8.name());
            Attachment attachment = email.attachment().get();
            MimeBodyPart file = new MimeBodyPart();
            // Bytes with their type, not a String: Jakarta Mail has no converter for text/calendar.
            String type = attachment.printed() ? attachment.contentType() : attachment.contentType() + "; charset=UTF-8";
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(email.attachmentContent().orElseThrow(), type)));
            file.setFileName(attachment.fileName());
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            message.setContent(new MimeMultipart(text, file));
        }
        message.saveChanges();
        return message;
    }
}
