package coop.market.domain.billing;

import coop.market.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something a customer owes that is not work done, such as a late cancellation fee. It waits here
 * for the next invoice run, attributed to the member whose time it was.
 */
@Entity
@Table(name = "chargeable_item")
public class ChargeableItem {

    @Id
    private String id;

    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "member_id")
    private String memberId;

    @Column(name = "booking_id")
    private String bookingId;

    private String description;

    @Column(name = "amount_minor")
    private long amountMinor;

    @Column(name = "currency_code")
    private String currencyCode;

    @Column(name = "supply_date")
    private LocalDate supplyDate;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ChargeableItem() {
    }

    public ChargeableItem(String id, String customerId, String memberId, String bookingId, String description,
            Money amount, LocalDate supplyDate, Instant createdAt) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A charge must be more than nothing");
        }
        this.id = Objects.requireNonNull(id);
        this.customerId = Objects.requireNonNull(customerId);
        this.memberId = Objects.requireNonNull(memberId);
        this.bookingId = bookingId;
        this.description = Objects.requireNonNull(description);
        this.amountMinor = amount.minor();
        this.currencyCode = amount.currency().getCurrencyCode();
        this.supplyDate = Objects.requireNonNull(supplyDate);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    public String memberId() {
        return memberId;
    }

    public String bookingId() {
        return bookingId;
    }

    public String description() {
        return description;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currencyCode);
    }

    public LocalDate supplyDate() {
        return supplyDate;
    }
}
