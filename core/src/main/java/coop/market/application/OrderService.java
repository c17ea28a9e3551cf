package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.audit.AuditEntry;
import coop.market.domain.audit.AuditLog;
import coop.market.domain.customer.Customer;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.listing.Listing;
import coop.market.domain.listing.ListingRepository;
import coop.market.domain.member.MemberContact;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.notification.Outbox;
import coop.market.domain.notification.OutgoingEmail;
import coop.market.domain.order.Fulfilment;
import coop.market.domain.order.OrderItem;
import coop.market.domain.order.OrderLine;
import coop.market.domain.order.OrderQuery;
import coop.market.domain.order.OrderStatus;
import coop.market.domain.order.ProductOrder;
import coop.market.domain.order.ProductOrderRepository;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.Address;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.Money;
import coop.market.domain.shared.NotFoundException;
import coop.market.spi.AttributeValues;
import coop.market.spi.RuleFinding;
import coop.market.spi.Trade;
import coop.market.spi.TradeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ordering members' products and moving orders through their life. Stock is taken and given back only under the
 * listings' row locks ({@link ListingRepository#lockForOrder}), read after the lock is taken: two customers racing
 * for the last item are decided one after the other, and only the first gets it.
 *
 * <p>Who may do what: a customer orders for themselves and cancels their own order while it is placed; staff order
 * for any customer, cancel until it is fulfilled, and fulfil it; a member says their own items are ready (staff may
 * for them, audited). Customers see their own orders, staff all of them, and a member the orders holding their
 * items, with only their own lines.
 */
@ApplicationScoped
@Transactional
public class OrderService {

    /** The request option a trade names "collect or deliver" by, if it offers the choice (crafts does). */
    static final String FULFILMENT_OPTION = "fulfilment";

    @Inject
    CancelledOrderCredits paidOrders;

    @Inject
    ProductOrderRepository orders;

    @Inject
    ListingRepository listingRepository;

    @Inject
    ListingService listings;

    @Inject
    CustomerRepository customers;

    @Inject
    MemberRepository members;

    @Inject
    CooperativeService cooperative;

    @Inject
    OrderPolicies policies;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Places an order: checks every line, then, holding the listings' locks, takes the in-stock items from stock
     * and saves the order with its lines; the customer and each member are e-mailed in the same transaction.
     *
     * @throws ConflictException (not-enough-stock) naming every item there are too few of; nothing is taken
     */
    public ProductOrder place(NewOrder request, Actor actor) {
        Customer customer = Buyers.of(request.customerId(), actor, customers, "order", "order");
        FieldErrors errors = new FieldErrors();
        List<NewOrder.Line> lines = checkedLines(request.lines(), errors);
        Fulfilment fulfilment = errors.choice("fulfilment", request.fulfilment(), Fulfilment.class, null);
        Address address = fulfilment == Fulfilment.DELIVER ? deliveryAddress(request.address(), errors) : null;
        errors.throwIfAny();

        Map<String, Listing> locked = lock(lines.stream().map(NewOrder.Line::listingId).toList());
        LocalDate today = cooperative.today();
        for (int i = 0; i < lines.size(); i++) {
            checkOrderable(locked.get(lines.get(i).listingId()), fulfilment, today, "lines[" + i + "]", errors);
        }
        errors.throwIfAny();

        List<String> shortOf = new ArrayList<>();
        List<OrderItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Listing listing = locked.get(lines.get(i).listingId());
            int quantity = lines.get(i).quantity();
            try {
                listing.reserve(quantity);
            } catch (ConflictException tooFew) {
                shortOf.add(tooFew.getMessage() + ".");
            }
            items.add(new OrderItem(listing.id(), listing.memberId(), listing.title(), quantity, listing.price(),
                    !listing.madeToOrder(), listing.leadTimeDays().orElse(0)));
        }
        if (!shortOf.isEmpty()) {
            // Thrown inside the transaction, so the stock taken for the other lines goes back with the rollback.
            throw new ConflictException("not-enough-stock", String.join(" ", shortOf)
                    + " Nothing was ordered: please choose fewer, or something else.");
        }
        Instant now = clock.instant();
        Money delivery = fulfilment == Fulfilment.DELIVER ? policies.deliveryCharge()
                : Money.zero(cooperative.currency());
        ProductOrder order = new ProductOrder(Ids.newId(), customer.id(), items, fulfilment, address, delivery, today,
                now, actor.email());
        orders.add(order);
        emails(now).placed(order, customer, contacts(order)).forEach(outbox::add);
        return order;
    }

    /**
     * A member says their items on the order are ready; staff say so for one member ({@code memberId}) or, when it is
     * null, for all of them, and the members' audit logs record it. The order is ready once every item is, and then
     * the customer is e-mailed.
     */
    public VisibleOrder markReady(String orderId, String memberId, Actor actor) {
        ProductOrder order = lockVisible(orderId, actor);
        String whose;
        if (actor.isStaff()) {
            whose = memberId == null || memberId.isBlank() ? null : memberId.strip();
            if (whose != null && !order.holdsItemsOf(whose)) {
                throw new InvalidInputException("memberId", "That member has no items on this order");
            }
        } else if (order.holdsItemsOf(actor.memberId())) {
            whose = actor.memberId();
        } else {
            throw new AccessDeniedException("Only the members whose items are on it, and co-op staff, say an order is"
                    + " ready");
        }
        Instant now = clock.instant();
        List<OrderLine> marked = order.markReady(whose, now);
        if (actor.isStaff()) {
            // Staff doing the members' part: each member's audit log says who and what.
            marked.stream().collect(Collectors.groupingBy(OrderLine::memberId, LinkedHashMap::new,
                            Collectors.mapping(line -> line.quantity() + " x " + line.description(),
                                    Collectors.joining(", "))))
                    .forEach((member, what) -> audit.record(new AuditEntry(Ids.newId(), now, actor.accountId(),
                            actor.email(), member, "order.ready", "Order " + order.reference() + ": " + what)));
        }
        if (order.status() == OrderStatus.READY) {
            emails(now).ready(order, customerOf(order)).forEach(outbox::add);
        }
        return visibleTo(order, actor);
    }

    /** Staff hand the order over (collected or delivered); from now on the next invoice run bills it. */
    public VisibleOrder fulfil(String orderId, Actor actor) {
        ProductOrder order = lockVisible(orderId, actor);
        Permissions.requireStaff(actor, "say an order was collected or delivered");
        order.fulfil(clock.instant());
        return visibleTo(order, actor);
    }

    /**
     * Cancels the order: its customer may while it is placed, staff until it is fulfilled. Items taken from stock
     * go back to it, under the listings' locks; the customer and the members are e-mailed. An order paid for at
     * checkout has its invoice credited; one with money paid on it is refused until the money is refunded.
     */
    public VisibleOrder cancel(String orderId, Actor actor) {
        ProductOrder order = lockVisible(orderId, actor);
        boolean customer = order.customerId().equals(actor.customerId());
        if (!customer && !actor.isStaff()) {
            throw new AccessDeniedException("Only the customer and co-op staff can cancel an order");
        }
        if (!actor.isStaff() && order.status() == OrderStatus.READY) {
            throw new ConflictException("illegal-transition", "This order is ready. Please ask the co-op to cancel"
                    + " it.");
        }
        paidOrders.credit(order, actor);
        Instant now = clock.instant();
        List<OrderLine> restock = order.cancel(now);
        Map<String, Listing> locked = lock(restock.stream().map(OrderLine::listingId).toList());
        restock.forEach(line -> locked.get(line.listingId()).release(line.quantity()));
        emails(now).cancelled(order, customerOf(order), contacts(order)).forEach(outbox::add);
        return visibleTo(order, actor);
    }

    /**
     * Whether the order was paid for at checkout and the money not refunded: then it is cancelled only after a
     * refund, by staff. Only for whoever may see the order.
     */
    public boolean paidFor(String orderId, Actor actor) {
        get(orderId, actor);
        return paidOrders.paidFor(orders.find(orderId).orElseThrow());
    }

    /** An order its customer, staff or a member with items on it may see; to anyone else it does not exist. */
    public VisibleOrder get(String orderId, Actor actor) {
        return orders.find(orderId).filter(order -> maySee(order, actor)).map(order -> visibleTo(order, actor))
                .orElseThrow(() -> new NotFoundException("Order", orderId));
    }

    /**
     * Staff search every order; a member sees the orders holding their items, a customer their own (whatever else
     * they ask for); anyone else nothing.
     */
    public List<VisibleOrder> search(OrderQuery query, Actor actor) {
        OrderQuery own = query;
        if (!actor.isStaff()) {
            if (actor.memberId() != null) {
                own = new OrderQuery(query.customerId(), actor.memberId(), query.offset(), query.limit());
            } else if (actor.customerId() != null) {
                own = new OrderQuery(actor.customerId(), query.memberId(), query.offset(), query.limit());
            } else {
                return List.of();
            }
        }
        return orders.search(own).stream().map(order -> visibleTo(order, actor)).toList();
    }

    /** The orders board, for staff: orders in one status, oldest first, a page at a time. */
    public List<ProductOrder> board(OrderStatus status, int offset, int limit, Actor actor) {
        Permissions.requireStaff(actor, "see the orders board");
        return orders.inStatus(status, offset, Math.min(limit, 100));
    }

    public long countOnBoard(OrderStatus status, Actor actor) {
        Permissions.requireStaff(actor, "see the orders board");
        return orders.countInStatus(status);
    }

    /** The listings, by id, their rows locked (in id order) to the end of the transaction. */
    private Map<String, Listing> lock(List<String> listingIds) {
        return listingRepository.lockForOrder(new TreeSet<>(listingIds)).stream()
                .collect(Collectors.toMap(Listing::id, Function.identity()));
    }

    private static List<NewOrder.Line> checkedLines(List<NewOrder.Line> asked, FieldErrors errors) {
        List<NewOrder.Line> lines = asked == null ? List.of() : asked;
        if (lines.isEmpty()) {
            errors.add("lines", "Choose at least one item");
        } else if (lines.size() > ProductOrder.MAX_LINES) {
            errors.add("lines", "An order holds at most " + ProductOrder.MAX_LINES + " different items");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            NewOrder.Line line = lines.get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                errors.add(at, "Say which item, and how many");
                continue;
            }
            if (errors.require(at + ".listingId", line.listingId())) {
                Integer earlier = seen.putIfAbsent(line.listingId(), i);
                if (earlier != null) {
                    errors.add(at + ".listingId", "This item is on line " + (earlier + 1)
                            + " already: change how many there");
                }
            }
            if (errors.require(at + ".quantity", line.quantity())
                    && (line.quantity() < 1 || line.quantity() > OrderItem.MAX_QUANTITY)) {
                errors.add(at + ".quantity", "Choose 1 to " + OrderItem.MAX_QUANTITY);
            }
        }
        return lines;
    }

    private static Address deliveryAddress(NewBooking.Place place, FieldErrors errors) {
        if (place == null) {
            errors.add("address", "Say where to deliver the order");
            return null;
        }
        return Addresses.checked(place.line1(), place.line2(), place.town(), place.postcode(), errors);
    }

    /**
     * Whether the listing can be ordered this way: it exists, is for sale, is a product, and its trade's rules allow
     * the way it is to reach the customer (a fragile item may be for collection only). Problems go to
     * {@code errors} under {@code at}.
     */
    private void checkOrderable(Listing listing, Fulfilment fulfilment, LocalDate today, String at,
            FieldErrors errors) {
        if (listing == null) {
            errors.add(at + ".listingId", "There is no listing with this id");
            return;
        }
        if (!listing.active()) {
            errors.add(at + ".listingId", "\"" + listing.title() + "\" is no longer for sale");
            return;
        }
        ListingDetails details = listings.details(listing);
        Trade trade = details.trade();
        if (trade.kind() != TradeKind.PRODUCT) {
            errors.add(at + ".listingId", "\"" + listing.title() + "\" is " + trade.name().toLowerCase()
                    + ": book it, rather than order it");
            return;
        }
        Map<String, Object> chosen = new HashMap<>();
        if (trade.requestAttributes().stream().anyMatch(option -> option.name().equals(FULFILMENT_OPTION))) {
            chosen.put(FULFILMENT_OPTION, fulfilment.name());
        }
        AttributeValues.Parsed options = AttributeValues.parse(trade.requestAttributes(), chosen,
                listing.price().currency(), "fulfilment");
        errors.addAll(options.problems());
        if (options.ok()) {
            trade.rules().check(today, details.attributes(), options.values()).stream()
                    .filter(finding -> finding.severity() == RuleFinding.Severity.BLOCK)
                    .forEach(finding -> errors.add(finding.field().equals(FULFILMENT_OPTION) ? "fulfilment"
                            : at + ".listingId", "\"" + listing.title() + "\": " + finding.message()));
        }
    }

    private ProductOrder lockVisible(String orderId, Actor actor) {
        return orders.lock(orderId).filter(order -> maySee(order, actor))
                .orElseThrow(() -> new NotFoundException("Order", orderId));
    }

    private static boolean maySee(ProductOrder order, Actor actor) {
        return actor.isStaff() || order.customerId().equals(actor.customerId())
                || order.holdsItemsOf(actor.memberId());
    }

    /** The whole order for staff and its customer; a member's own lines for a member. */
    private static VisibleOrder visibleTo(ProductOrder order, Actor actor) {
        return actor.isStaff() || order.customerId().equals(actor.customerId()) ? VisibleOrder.whole(order)
                : new VisibleOrder(order, actor.memberId());
    }

    private Customer customerOf(ProductOrder order) {
        return customers.find(order.customerId()).orElseThrow();
    }

    /** The name and address of each member with items on the order, in member id order. */
    private Map<String, MemberContact> contacts(ProductOrder order) {
        Map<String, MemberContact> contacts = new LinkedHashMap<>();
        order.memberIds().forEach(id -> members.contact(id).ifPresent(contact -> contacts.put(id, contact)));
        return contacts;
    }

    private OrderEmails emails(Instant now) {
        return new OrderEmails(cooperative.contact(), now);
    }
}
