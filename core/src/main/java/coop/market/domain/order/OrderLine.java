package coop.market.domain.order;

import coop.market.domain.shared.Ids;
import coop.market.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of an order: so many of one listing's item, sold on behalf of its member at the price of the day it was
 * ordered, and when it will be ready (today from stock; made to order, after the listing's lead time).
 */
@Entity
@Table(name = "product_order_line")
public class OrderLine {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private ProductOrder order;

    @Column(name = "line_no")
    private int lineNo;

    @Column(name = "listing_id")
    private String listingId;

    @Column(name = "member_id")
    private String memberId;

    private String description;

    private int quantity;

    @Column(name = "unit_price_minor")
    private long unitPriceMinor;

    @Column(name = "from_stock")
    private boolean fromStock;

    @Column(name = "ready_on")
    private LocalDate readyOn;

    @Column(name = "ready_at")
    private Instant readyAt;

    protected OrderLine() {
    }

    OrderLine(ProductOrder order, int lineNo, OrderItem item, LocalDate placedOn) {
        this.id = Ids.newId();
        this.order = order;
        this.lineNo = lineNo;
        this.listingId = item.listingId();
        this.memberId = item.memberId();
        this.description = item.description();
        this.quantity = item.quantity();
        this.unitPriceMinor = item.unitPrice().minor();
        this.fromStock = item.fromStock();
        this.readyOn = item.fromStock() ? placedOn : placedOn.plusDays(item.leadTimeDays());
    }

    public String id() {
        return id;
    }

    public int lineNo() {
        return lineNo;
    }

    public String listingId() {
        return listingId;
    }

    public String memberId() {
        return memberId;
    }

    /** The item's title when it was ordered. */
    public String description() {
        return description;
    }

    public int quantity() {
        return quantity;
    }

    public Money unitPrice() {
        return Money.ofMinor(unitPriceMinor, order.currency());
    }

    public Money total() {
        return unitPrice().times(quantity);
    }

    /** Whether the items were taken from the listing's stock (and go back to it if the order is cancelled). */
    public boolean fromStock() {
        return fromStock;
    }

    /** The day the items should be ready: the day ordered from stock, after the lead time when made to order. */
    public LocalDate readyOn() {
        return readyOn;
    }

    /** When the member (or staff) said the items are ready, if they have. */
    public Optional<Instant> readyAt() {
        return Optional.ofNullable(readyAt);
    }

    public boolean ready() {
        return readyAt != null;
    }

    void markReady(Instant now) {
        readyAt = now;
    }
}
