package coop.market.domain.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** That the customer was reminded of an overdue invoice at one stage (7 or 21 days overdue). */
@Entity
@Table(name = "invoice_reminder")
public class InvoiceReminder {

    /** The stages at which a customer is reminded, in days past the due date, latest first. */
    public static final int[] STAGES = {21, 7};

    @Id
    private String id;

    @Column(name = "invoice_id")
    private String invoiceId;

    @Column(name = "days_overdue")
    private int daysOverdue;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected InvoiceReminder() {
    }

    public InvoiceReminder(String invoiceId, int daysOverdue, Instant sentAt) {
        this.id = Objects.requireNonNull(invoiceId) + "/" + daysOverdue;
        this.invoiceId = invoiceId;
        this.daysOverdue = daysOverdue;
        this.sentAt = Objects.requireNonNull(sentAt);
    }
}
