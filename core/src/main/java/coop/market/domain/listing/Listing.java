package coop.market.domain.listing;

import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.Money;
import coop.market.spi.PriceUnit;
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
 * Something a member offers through the co-op: a service at a price per hour or visit, or a
 * product at a price per item. Its trade-specific attributes are kept as checked JSON, read
 * back through the trade's definitions.
 */
@Entity
@Table(name = "listing")
public class Listing {

    @Id
    private String id;

    @Column(name = "member_id")
    private String memberId;

    @Column(name = "trade_code")
    private String trade;

    private String title;

    private String description;

    @Column(name = "price_minor")
    private long priceMinor;

    @Column(name = "currency_code")
    private String currencyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_unit")
    private PriceUnit priceUnit;

    @Column(name = "attributes_json")
    private String attributesJson;

    /** Items in stock; null means made to order. Products only. */
    private Integer stock;

    @Column(name = "lead_time_days")
    private Integer leadTimeDays;

    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Listing() {
    }

    public Listing(String id, String memberId, String trade, String title, String description, Money price,
            PriceUnit priceUnit, String attributesJson, Integer stock, Integer leadTimeDays, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.memberId = Objects.requireNonNull(memberId);
        this.trade = Objects.requireNonNull(trade);
        this.currencyCode = price.currency().getCurrencyCode();
        describe(title, description, price, priceUnit, attributesJson, leadTimeDays);
        restock(stock);
        this.active = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * New words, price and options. Bookings and orders already made keep the price they were made at (each holds
     * its own copy); the new price is for what is booked or ordered from now on.
     *
     * @throws IllegalArgumentException for a negative price or lead time, or a price in another currency
     */
    public void describe(String title, String description, Money price, PriceUnit priceUnit, String attributesJson,
            Integer leadTimeDays) {
        if (price.isNegative()) {
            throw new IllegalArgumentException("A price cannot be negative");
        }
        if (!price.currency().getCurrencyCode().equals(currencyCode)) {
            throw new IllegalArgumentException("A listing keeps the currency it was listed in, " + currencyCode);
        }
        if (leadTimeDays != null && leadTimeDays < 0) {
            throw new IllegalArgumentException("Lead time cannot be negative");
        }
        this.title = Objects.requireNonNull(title);
        this.description = Objects.requireNonNull(description);
        this.priceMinor = price.minor();
        this.priceUnit = Objects.requireNonNull(priceUnit);
        this.attributesJson = Objects.requireNonNull(attributesJson);
        this.leadTimeDays = leadTimeDays;
    }

    /**
     * Sets how many items are in stock, or null when each is made to order. Whoever calls this holds the row's lock
     * ({@link ListingRepository#lockForOrder}), as orders taking items do, so a count set while a customer orders
     * is applied before or after their order, never half-way through it.
     */
    public void restock(Integer stock) {
        if (stock != null && stock < 0) {
            throw new IllegalArgumentException("Stock cannot be negative");
        }
        this.stock = stock;
    }

    /** Takes the listing out of the shop; its bookings, orders, invoices and photos stay as they are. */
    public void withdraw() {
        this.active = false;
    }

    /** Puts a withdrawn listing back in the shop. */
    public void relist() {
        this.active = true;
    }

    public String id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public String trade() {
        return trade;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Money price() {
        return Money.ofMinor(priceMinor, currencyCode);
    }

    public PriceUnit priceUnit() {
        return priceUnit;
    }

    public String attributesJson() {
        return attributesJson;
    }

    /** Items in stock, or empty when each item is made to order. */
    public Optional<Integer> stock() {
        return Optional.ofNullable(stock);
    }

    public boolean madeToOrder() {
        return stock == null;
    }

    /**
     * Takes items from stock for an order (nothing to take when they are made to order).
     *
     * @throws ConflictException when fewer are in stock, naming the item and how many are left
     */
    public void reserve(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("Reserve at least one item");
        }
        if (stock == null) {
            return;
        }
        if (quantity > stock) {
            throw new ConflictException("not-enough-stock", stock == 0 ? "\"" + title + "\" is sold out"
                    : "Only " + stock + " of \"" + title + "\" left, not " + quantity);
        }
        stock -= quantity;
    }

    /** Puts items taken for an order back into stock, when it is cancelled. */
    public void release(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("Release at least one item");
        }
        if (stock != null) {
            stock += quantity;
        }
    }

    public Optional<Integer> leadTimeDays() {
        return Optional.ofNullable(leadTimeDays);
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
