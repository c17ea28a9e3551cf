package coop.market.domain.invoicing;

import coop.market.domain.shared.Ids;
import coop.market.domain.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A correction of an issued invoice: amounts taken off some of its lines, with a reason, under a number
 * of its own sequence. Either it cancels what was not yet paid, or it goes with a refund of money paid
 * ({@link #refunded()} says how much of it went back to the customer).
 */
@Entity
@Table(name = "credit_note")
public class CreditNote {

    @Id
    private String id;

    private String number;

    @Column(name = "invoice_id")
    private String invoiceId;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    private String reason;

    @Column(name = "total_minor")
    private long totalMinor;

    @Column(name = "refunded_minor")
    private long refundedMinor;

    @Column(name = "currency_code")
    private String currencyCode;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @OneToMany(mappedBy = "creditNote", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<CreditNoteLine> lines = new ArrayList<>();

    protected CreditNote() {
    }

    /**
     * A credit note of these amounts off the invoice's lines.
     *
     * @param refund whether the amounts are money paid back (a refund) rather than unpaid amounts cancelled
     */
    public CreditNote(String id, String number, Invoice invoice, LocalDate issueDate, String reason,
            List<LineShare> credits, boolean refund, Instant createdAt, String createdBy) {
        if (credits.isEmpty()) {
            throw new IllegalArgumentException("A credit note credits at least one line");
        }
        this.id = Objects.requireNonNull(id);
        this.number = Objects.requireNonNull(number);
        this.invoiceId = invoice.id();
        this.issueDate = Objects.requireNonNull(issueDate);
        this.reason = Objects.requireNonNull(reason);
        this.currencyCode = invoice.currency().getCurrencyCode();
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
        for (LineShare credit : credits) {
            lines.add(new CreditNoteLine(Ids.newId(), this, lines.size() + 1, credit.line().id(), credit.amount(),
                    credit.net()));
            totalMinor += credit.amount().minor();
        }
        this.refundedMinor = refund ? totalMinor : 0;
    }

    public String id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String invoiceId() {
        return invoiceId;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public String reason() {
        return reason;
    }

    public Money total() {
        return Money.ofMinor(totalMinor, currencyCode);
    }

    /** How much of it was paid back to the customer (all of it for a refund, nothing otherwise). */
    public Money refunded() {
        return Money.ofMinor(refundedMinor, currencyCode);
    }

    public List<CreditNoteLine> lines() {
        return List.copyOf(lines);
    }
}
