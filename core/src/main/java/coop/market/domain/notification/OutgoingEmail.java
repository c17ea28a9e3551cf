package coop.market.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One email in the outbox: who it is for, what it says, an optional attachment, and how sending
 * it has gone. Plain text only: it reads well in every mail app and with every screen reader.
 */
@Entity
@Table(name = "outgoing_email")
public class OutgoingEmail {

    /** The longest error kept from a failed attempt. */
    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    private String id;

    /** What the email is about, e.g. {@code booking.confirmed}: for staff and tests, not for sending. */
    private String topic;

    /** The id of the thing it is about (a booking, say). */
    private String reference;

    @Column(name = "recipient_address")
    private String recipientAddress;

    @Column(name = "recipient_name")
    private String recipientName;

    private String subject;

    private String body;

    @Column(name = "attachment_name")
    private String attachmentName;

    @Column(name = "attachment_type")
    private String attachmentType;

    @Column(name = "attachment_text")
    private String attachmentText;

    @Column(name = "attachment_printed_from")
    private String attachmentPrintedFrom;

    /** A printed attachment's bytes, made just before sending and never stored. */
    @Transient
    private byte[] printedContent;

    @Enumerated(EnumType.STRING)
    private EmailStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutgoingEmail() {
    }

    public OutgoingEmail(String id, String topic, String reference, String recipientAddress, String recipientName,
            String subject, String body, Attachment attachment, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.reference = reference;
        this.recipientAddress = Objects.requireNonNull(recipientAddress, "recipientAddress");
        this.recipientName = recipientName;
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        if (attachment != null) {
            this.attachmentName = attachment.fileName();
            this.attachmentType = attachment.contentType();
            this.attachmentText = attachment.text();
            this.attachmentPrintedFrom = attachment.printedFrom();
        }
        this.status = EmailStatus.PENDING;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.nextAttemptAt = createdAt;
    }

    /** Pending, its time has come, and no worker holds it. */
    public boolean dueAt(Instant now) {
        return status == EmailStatus.PENDING && !nextAttemptAt.isAfter(now)
                && (claimedUntil == null || claimedUntil.isBefore(now));
    }

    /**
     * A worker takes it until {@code until}, if it is due. The database does the same in one
     * conditional update ({@link Outbox#claim}), so that two servers cannot both take it.
     */
    public boolean claim(Instant now, Instant until) {
        if (!dueAt(now)) {
            return false;
        }
        claimedUntil = until;
        return true;
    }

    /** The mail server took it. Sending again is harmless: it stays sent. */
    public void sent(Instant at) {
        attempts++;
        status = EmailStatus.SENT;
        sentAt = at;
        claimedUntil = null;
        lastError = null;
    }

    /** An attempt failed: try again when the policy says, or give up. */
    public void failed(Instant at, String error, RetryPolicy policy) {
        if (status != EmailStatus.PENDING) {
            return;
        }
        attempts++;
        claimedUntil = null;
        lastError = error == null ? "unknown error"
                : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        Optional<Instant> next = policy.nextAttempt(attempts, at);
        if (next.isPresent()) {
            nextAttemptAt = next.get();
        } else {
            status = EmailStatus.FAILED;
        }
    }

    public String id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    public String recipientAddress() {
        return recipientAddress;
    }

    public Optional<String> recipientName() {
        return Optional.ofNullable(recipientName);
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Optional<Attachment> attachment() {
        return attachmentName == null ? Optional.empty()
                : Optional.of(new Attachment(attachmentName, attachmentType,
                        attachmentText == null ? "" : attachmentText, attachmentPrintedFrom));
    }

    public EmailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    /** Hands over the printed attachment's bytes for sending. */
    public void printed(byte[] content) {
        this.printedContent = content.clone();
    }

    /**
     * The attachment's bytes as sent: its text in UTF-8, or the printed document.
     *
     * @throws IllegalStateException for a printed attachment not yet printed
     */
    public Optional<byte[]> attachmentContent() {
        return attachment().map(file -> {
            if (!file.printed()) {
                return file.text().getBytes(StandardCharsets.UTF_8);
            }
            if (printedContent == null) {
                throw new IllegalStateException("Email " + id + ": " + file.printedFrom() + " was not printed");
            }
            return printedContent.clone();
        });
    }
}
