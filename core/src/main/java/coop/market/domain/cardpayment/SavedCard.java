package coop.market.domain.cardpayment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's card kept by the processor, for taking what is due when an invoice is issued. The processor's
 * customer is made once per customer and kept; the card on it is the one the customer saved last, until they
 * remove it. We hold only the processor's ids and what to show ("Visa ending 4242"), never card details.
 */
@Entity
@Table(name = "saved_card")
public class SavedCard {

    private static final Map<String, String> BRANDS = Map.of("visa", "Visa", "mastercard", "Mastercard",
            "amex", "American Express", "discover", "Discover", "diners", "Diners Club", "jcb", "JCB",
            "unionpay", "UnionPay", "cartes_bancaires", "Cartes Bancaires");

    @Id
    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "processor_customer_id")
    private String processorCustomerId;

    @Column(name = "payment_method_id")
    private String paymentMethodId;

    private String brand;

    private String last4;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Version
    private long version;

    protected SavedCard() {
    }

    public SavedCard(String customerId, String processorCustomerId) {
        this.customerId = Objects.requireNonNull(customerId);
        this.processorCustomerId = Objects.requireNonNull(processorCustomerId);
    }

    /** The processor says the customer saved this card; it replaces any card saved before. */
    public void saved(CardEvent.SavedCardDetails card, Instant at) {
        if (!processorCustomerId.equals(card.processorCustomerId())) {
            throw new IllegalArgumentException("Card " + card.paymentMethodId() + " is not on customer "
                    + processorCustomerId);
        }
        this.paymentMethodId = Objects.requireNonNull(card.paymentMethodId());
        this.brand = card.brand();
        this.last4 = card.last4();
        this.savedAt = Objects.requireNonNull(at);
    }

    /** The customer removed the card: nothing more is taken from it. */
    public void forget() {
        paymentMethodId = null;
        brand = null;
        last4 = null;
        savedAt = null;
    }

    /** The card to charge, while there is one. */
    public Optional<String> paymentMethodId() {
        return Optional.ofNullable(paymentMethodId);
    }

    /** "Visa ending 4242", or "Your card" words for a brand or digits the processor did not give. */
    public Optional<String> description() {
        if (paymentMethodId == null) {
            return Optional.empty();
        }
        String name = brand == null ? "Card" : BRANDS.getOrDefault(brand.toLowerCase(Locale.ROOT),
                brand.substring(0, 1).toUpperCase(Locale.ROOT) + brand.substring(1));
        return Optional.of(last4 == null ? name : name + " ending " + last4);
    }

    public String customerId() {
        return customerId;
    }

    public String processorCustomerId() {
        return processorCustomerId;
    }
}
