package coop.market.domain.cardpayment;

import coop.market.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt to pay an invoice by card: recorded before the processor is asked, then linked to the
 * processor's payment, and settled by its events. {@link #received()} and {@link #refunded()} only ever
 * grow, to the totals the processor reports, so an event handled twice or late changes nothing.
 */
@Entity
@Table(name = "card_payment")
public class CardPayment {

    /** The ledger event of a card payment's money reaching its invoice (its event id is the attempt's id). */
    public static final String RECEIVED_EVENT = "card-payment.received";

    /** The smallest card payment the processor takes, in minor units (30p). */
    public static final long SMALLEST_MINOR = 30;

    /** Who starts payments from saved cards: the co-op, when it issues the invoice. */
    public static final String FROM_SAVED_CARD = "saved-card";

    @Id
    private String id;

    @Column(name = "invoice_id")
    private String invoiceId;

    @Column(name = "amount_minor")
    private long amountMinor;

    @Column(name = "currency_code")
    private String currencyCode;

    @Enumerated(EnumType.STRING)
    private CardPaymentStatus status;

    @Column(name = "intent_id")
    private String intentId;

    @Column(name = "client_secret")
    private String clientSecret;

    @Column(name = "charge_id")
    private String chargeId;

    private String failure;

    @Column(name = "received_minor")
    private long receivedMinor;

    @Column(name = "refunded_minor")
    private long refundedMinor;

    @Column(name = "payment_id")
    private String paymentId;

    @Column(name = "payment_method_id")
    private String paymentMethodId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Version
    private long version;

    protected CardPayment() {
    }

    public CardPayment(String id, String invoiceId, Money amount, Instant createdAt, String createdBy) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A card payment is for more than nothing");
        }
        this.id = Objects.requireNonNull(id);
        this.invoiceId = Objects.requireNonNull(invoiceId);
        this.amountMinor = amount.minor();
        this.currencyCode = amount.currency().getCurrencyCode();
        this.status = CardPaymentStatus.OPEN;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    /**
     * The payment of an invoice just issued from the customer's saved card, taken after the invoice is saved;
     * empty when there is no card, or the amount is too small for a card.
     */
    public static Optional<CardPayment> forSavedCard(String id, String invoiceId, Money due, SavedCard card,
            Instant at) {
        if (card.paymentMethodId().isEmpty() || due.minor() < SMALLEST_MINOR) {
            return Optional.empty();
        }
        CardPayment attempt = new CardPayment(id, invoiceId, due, at, FROM_SAVED_CARD);
        attempt.paymentMethodId = card.paymentMethodId().get();
        return Optional.of(attempt);
    }

    /** Taken from a saved card by the co-op, not paid by the customer on the pay page. */
    public boolean fromSavedCard() {
        return paymentMethodId != null;
    }

    /** The saved card this attempt charges (empty for one the customer pays on the pay page). */
    public Optional<String> paymentMethodId() {
        return Optional.ofNullable(paymentMethodId);
    }

    /** Still to be sent to the processor: a saved card's payment not yet asked for, or being asked for. */
    public boolean waitingToCharge() {
        return fromSavedCard() && status == CardPaymentStatus.OPEN && intentId == null;
    }

    /** The processor's payment for this attempt (the same one however often it is asked). */
    public void linkTo(CardIntent intent) {
        if (intentId != null && !intentId.equals(intent.intentId())) {
            throw new IllegalStateException("Card payment " + id + " is already " + intentId);
        }
        this.intentId = intent.intentId();
        this.clientSecret = intent.clientSecret();
    }

    /** The processor's payment id, learnt from its event (when the link was not saved, e.g. after a crash). */
    public void knownAs(String processorIntentId) {
        if (intentId == null) {
            intentId = processorIntentId;
        }
    }

    /** A declined try: the customer may try again, unless the money was already taken. */
    public void declined(String why) {
        if (status != CardPaymentStatus.SUCCEEDED) {
            status = CardPaymentStatus.FAILED;
            failure = why == null ? "The card was declined" : why.substring(0, Math.min(why.length(), 500));
        }
    }

    /**
     * The processor says this much has been taken so far.
     *
     * @return how much more than was known before (zero when this was already known)
     */
    public Money receivedSoFar(long total, String charge, String recordedPaymentId) {
        long more = Math.max(0, total - receivedMinor);
        if (more > 0) {
            receivedMinor = total;
            status = CardPaymentStatus.SUCCEEDED;
            failure = null;
            paymentId = recordedPaymentId;
        }
        if (charge != null) {
            chargeId = charge;
        }
        return Money.ofMinor(more, currencyCode);
    }

    /**
     * The processor says this much has been given back so far.
     *
     * @return how much more than was known before
     */
    public Money refundedSoFar(long total) {
        long more = Math.max(0, Math.min(total, receivedMinor) - refundedMinor);
        refundedMinor += more;
        return Money.ofMinor(more, currencyCode);
    }

    public String id() {
        return id;
    }

    public String invoiceId() {
        return invoiceId;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currencyCode);
    }

    public CardPaymentStatus status() {
        return status;
    }

    public String intentId() {
        return intentId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public String chargeId() {
        return chargeId;
    }

    public String failure() {
        return failure;
    }

    public Money received() {
        return Money.ofMinor(receivedMinor, currencyCode);
    }

    public Money refunded() {
        return Money.ofMinor(refundedMinor, currencyCode);
    }

    /** What may still be given back to the card. */
    public Money refundable() {
        return Money.ofMinor(receivedMinor - refundedMinor, currencyCode);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
