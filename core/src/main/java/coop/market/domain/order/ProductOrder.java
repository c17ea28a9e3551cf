package coop.market.domain.order;

import coop.market.domain.shared.Address;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A customer's order of members' products: several members' items at once, each line sold on behalf of its
 * member at the price of the day, collected from the co-op or delivered by it for the co-op's delivery charge.
 * {@code PLACED -> READY -> FULFILLED}, or {@code CANCELLED} before it is fulfilled; every other move is a
 * conflict. Each member says when their own items are ready; the order is ready when all of them are.
 */
@Entity
@Table(name = "product_order")
public class ProductOrder {

    /** The most lines one order holds. */
    public static final int MAX_LINES = 50;

    @Id
    private String id;

    @Column(name = "customer_id")
    private String customerId;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    private Fulfilment fulfilment;

    /** Where to deliver; null when the customer collects. */
    @Embedded
    private Address address;

    @Column(name = "delivery_charge_minor")
    private long deliveryChargeMinor;

    @Column(name = "currency_code")
    private String currencyCode;

    @Column(name = "placed_on")
    private LocalDate placedOn;

    @Column(name = "placed_at")
    private Instant placedAt;

    @Column(name = "placed_by")
    private String placedBy;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "fulfilled_at")
    private Instant fulfilledAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected ProductOrder() {
    }

    /**
     * A placed order of these items, one line each in the order given, on the co-op's day {@code placedOn}.
     *
     * @param address        where to deliver: required to deliver, none to collect
     * @param deliveryCharge the co-op's charge for delivering it; zero to collect
     */
    public ProductOrder(String id, String customerId, List<OrderItem> items, Fulfilment fulfilment, Address address,
            Money deliveryCharge, LocalDate placedOn, Instant placedAt, String placedBy) {
        if (items.isEmpty() || items.size() > MAX_LINES) {
            throw new IllegalArgumentException("An order has 1 to " + MAX_LINES + " lines");
        }
        if ((fulfilment == Fulfilment.DELIVER) != (address != null)) {
            throw new IllegalArgumentException("An order is delivered to an address, or collected without one");
        }
        if (deliveryCharge.isNegative() || fulfilment == Fulfilment.COLLECT && !deliveryCharge.isZero()) {
            throw new IllegalArgumentException("Only a delivery is charged for, and never less than nothing");
        }
        this.id = Objects.requireNonNull(id);
        this.customerId = Objects.requireNonNull(customerId);
        this.status = OrderStatus.PLACED;
        this.fulfilment = fulfilment;
        this.address = address;
        Currency currency = deliveryCharge.currency();
        this.currencyCode = currency.getCurrencyCode();
        this.deliveryChargeMinor = deliveryCharge.minor();
        this.placedOn = Objects.requireNonNull(placedOn);
        this.placedAt = Objects.requireNonNull(placedAt);
        this.placedBy = Objects.requireNonNull(placedBy);
        Set<String> listings = new HashSet<>();
        for (OrderItem item : items) {
            if (!item.unitPrice().currency().equals(currency)) {
                throw new IllegalArgumentException("An order is in one currency");
            }
            if (!listings.add(item.listingId())) {
                throw new IllegalArgumentException("Listing " + item.listingId() + " is on two lines");
            }
            lines.add(new OrderLine(this, lines.size() + 1, item, placedOn));
        }
    }

    /**
     * The member's items are ready (all items, when {@code memberId} is null: staff saying so for everyone). Once
     * every item is, the order is ready.
     *
     * @return the lines this marked ready
     * @throws ConflictException unless the order is placed and some of those items are not ready yet
     */
    public List<OrderLine> markReady(String memberId, Instant now) {
        require(OrderStatus.READY, "marked ready");
        List<OrderLine> marked = lines.stream().filter(line -> !line.ready())
                .filter(line -> memberId == null || line.memberId().equals(memberId)).toList();
        if (marked.isEmpty()) {
            throw new ConflictException("already-ready", "These items are already marked ready");
        }
        marked.forEach(line -> line.markReady(now));
        if (lines.stream().allMatch(OrderLine::ready)) {
            status = OrderStatus.READY;
            readyAt = now;
        }
        return marked;
    }

    /** The customer has the order: collected, or delivered. From now on it is invoiced with the next run. */
    public void fulfil(Instant now) {
        require(OrderStatus.FULFILLED, "fulfilled");
        status = OrderStatus.FULFILLED;
        fulfilledAt = now;
    }

    /**
     * Cancels the order before it is fulfilled.
     *
     * @return the lines whose items were taken from stock, to go back to it
     */
    public List<OrderLine> cancel(Instant now) {
        require(OrderStatus.CANCELLED, "cancelled");
        status = OrderStatus.CANCELLED;
        cancelledAt = now;
        return lines.stream().filter(OrderLine::fromStock).toList();
    }

    private void require(OrderStatus next, String done) {
        if (!status.canBecome(next)) {
            throw new ConflictException("illegal-transition",
                    "An order that is " + status.name().toLowerCase() + " cannot be " + done);
        }
    }

    public String id() {
        return id;
    }

    /** What people read out and write on an invoice line: "5B7C1D2E". */
    public String reference() {
        return referenceOf(id);
    }

    /** An order's reference from its id: its first eight characters, upper case (a help to people, not a key). */
    public static String referenceOf(String orderId) {
        return orderId.substring(0, Math.min(8, orderId.length())).toUpperCase(java.util.Locale.ROOT);
    }

    public String customerId() {
        return customerId;
    }

    public OrderStatus status() {
        return status;
    }

    public Fulfilment fulfilment() {
        return fulfilment;
    }

    /** Where the order is delivered; empty when the customer collects it. */
    public Optional<Address> deliveryAddress() {
        return Optional.ofNullable(address);
    }

    public Currency currency() {
        return Currency.getInstance(currencyCode);
    }

    /** The co-op's charge for delivering the order, as it was when the order was placed; zero to collect. */
    public Money deliveryCharge() {
        return Money.ofMinor(deliveryChargeMinor, currencyCode);
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    /** The lines of this member's items, in order. */
    public List<OrderLine> linesOf(String memberId) {
        return lines.stream().filter(line -> line.memberId().equals(memberId)).toList();
    }

    public boolean holdsItemsOf(String memberId) {
        return memberId != null && lines.stream().anyMatch(line -> line.memberId().equals(memberId));
    }

    /** The members whose items are on the order, in id order. */
    public Set<String> memberIds() {
        Set<String> members = new TreeSet<>();
        lines.forEach(line -> members.add(line.memberId()));
        return members;
    }

    /** The items' total, without delivery. */
    public Money itemsTotal() {
        return lines.stream().map(OrderLine::total).reduce(Money.zero(currency()), Money::plus);
    }

    /** What the customer pays: the items and the delivery charge. */
    public Money total() {
        return itemsTotal().plus(deliveryCharge());
    }

    /** The co-op's day the order was placed. */
    public LocalDate placedOn() {
        return placedOn;
    }

    public Instant placedAt() {
        return placedAt;
    }

    /** The e-mail address of whoever placed it (the customer, or staff for them). */
    public String placedBy() {
        return placedBy;
    }

    public Optional<Instant> readyAt() {
        return Optional.ofNullable(readyAt);
    }

    public Optional<Instant> fulfilledAt() {
        return Optional.ofNullable(fulfilledAt);
    }

    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }
}
