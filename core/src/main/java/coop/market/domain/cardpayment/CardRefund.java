package coop.market.domain.cardpayment;

import coop.market.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A refund staff asked the processor for, with their reason. Its credit note is made when the processor
 * reports the money gone back, whichever way that news arrives first.
 */
@Entity
@Table(name = "card_refund")
public class CardRefund {

    @Id
    private String id;

    @Column(name = "card_payment_id")
    private String cardPaymentId;

    @Column(name = "amount_minor")
    private long amountMinor;

    @Column(name = "currency_code")
    private String currencyCode;

    private String reason;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "credit_note_id")
    private String creditNoteId;

    protected CardRefund() {
    }

    public CardRefund(String id, CardPayment payment, Money amount, String reason, Instant requestedAt,
            String requestedBy) {
        if (!amount.isPositive() || amount.isGreaterThan(payment.refundable())) {
            throw new IllegalArgumentException("Up to " + payment.refundable() + " can be refunded");
        }
        this.id = Objects.requireNonNull(id);
        this.cardPaymentId = payment.id();
        this.amountMinor = amount.minor();
        this.currencyCode = amount.currency().getCurrencyCode();
        this.reason = Objects.requireNonNull(reason);
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.requestedBy = Objects.requireNonNull(requestedBy);
    }

    public String id() {
        return id;
    }

    public String cardPaymentId() {
        return cardPaymentId;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currencyCode);
    }

    public String reason() {
        return reason;
    }

    public boolean recorded() {
        return creditNoteId != null;
    }

    public void recordedAs(String creditNote) {
        this.creditNoteId = Objects.requireNonNull(creditNote);
    }
}
