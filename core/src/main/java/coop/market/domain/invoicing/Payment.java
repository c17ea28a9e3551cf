package coop.market.domain.invoicing;

import coop.market.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Money received against one invoice: how, how much, when, and the customer's reference if any. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    private String id;

    @Column(name = "invoice_id")
    private String invoiceId;

    @Enumerated(EnumType.STRING)
    private PaymentMethod method;

    @Column(name = "amount_minor")
    private long amountMinor;

    @Column(name = "currency_code")
    private String currencyCode;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    private String reference;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected Payment() {
    }

    public Payment(String id, String invoiceId, PaymentMethod method, Money amount, LocalDate receivedOn,
            String reference, Instant recordedAt, String recordedBy) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A payment is for more than nothing");
        }
        this.id = Objects.requireNonNull(id);
        this.invoiceId = Objects.requireNonNull(invoiceId);
        this.method = Objects.requireNonNull(method);
        this.amountMinor = amount.minor();
        this.currencyCode = amount.currency().getCurrencyCode();
        this.receivedOn = Objects.requireNonNull(receivedOn);
        this.reference = reference;
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    public String id() {
        return id;
    }

    public String invoiceId() {
        return invoiceId;
    }

    public PaymentMethod method() {
        return method;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currencyCode);
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String reference() {
        return reference;
    }
}
