package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.booking.Booking;
import coop.market.domain.cardpayment.CardGateway;
import coop.market.domain.cardpayment.CardPayment;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.listing.Listing;
import coop.market.domain.listing.ListingRepository;
import coop.market.domain.order.ProductOrder;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Checking out a basket: each booking it asks for (a request, made by {@link BookingService} exactly as a single
 * booking is) and one order of its products ({@link OrderService}), in one transaction. All of it is made, or, if
 * anything is refused (a time already taken, too few in stock, a wrong detail), none of it: the refusal names the
 * item, and no booking, order, stock or e-mail is left behind. A household paying by card gets the order's
 * invoice at once, in the same transaction, to pay for it now (see {@link #paysNow}).
 */
@ApplicationScoped
@Transactional
public class CheckoutService {

    @Inject
    BookingService bookings;

    @Inject
    OrderService orders;

    @Inject
    ListingRepository listings;

    @Inject
    CustomerRepository customers;

    @Inject
    CardGateway cardGateway;

    @Inject
    InvoiceIssuer issuer;

    @Inject
    InvoicingPolicies invoicing;

    /**
     * What a checkout made: the bookings of each booking asked for, in the basket's order, the order, if any, and
     * the order's invoice when the customer pays for it now.
     */
    public record Checkout(List<List<Booking>> bookings, ProductOrder order, Invoice invoice) {

        public Optional<ProductOrder> productOrder() {
            return Optional.ofNullable(order);
        }

        /** The invoice of the order, to pay by card now; empty when the order is invoiced later with the work. */
        public Optional<Invoice> orderInvoice() {
            return Optional.ofNullable(invoice);
        }
    }

    /**
     * @param customerId who it is all for: staff must say (for a customer, their own or null); when null, each
     *                   booking's and the order's own customer is used
     */
    public Checkout checkout(Basket basket, String customerId, Actor actor) {
        if (basket == null || basket.isEmpty()) {
            throw new InvalidInputException("bookings", "The basket is empty: choose something to book or order");
        }
        List<NewBooking> asked = basket.bookings();
        List<Optional<Listing>> listed = asked.stream()
                .map(booking -> booking == null ? Optional.<Listing>empty() : listings.find(booking.listingId()))
                .toList();
        SortedMap<Integer, List<Booking>> made = new TreeMap<>();
        // Members' rows are locked in member id order, as the listings of an order are in id order: two baskets
        // booking the same two members then never wait for each other in a circle.
        List<Integer> inMemberOrder = IntStream.range(0, asked.size()).boxed()
                .sorted(Comparator.comparing(i -> listed.get(i).map(Listing::memberId).orElse("")))
                .toList();
        for (int i : inMemberOrder) {
            NewBooking booking = asked.get(i);
            String at = "bookings[" + i + "]";
            if (booking == null) {
                throw new InvalidInputException(at, "Say what to book");
            }
            String what = "Booking " + (i + 1) + listed.get(i).map(l -> " (" + l.title() + ")").orElse("");
            NewBooking forWhom = customerId == null ? booking : booking.forCustomer(customerId);
            made.put(i, naming(at + ".", what, () -> bookings.request(forWhom, actor)));
        }
        ProductOrder order = null;
        NewOrder products = basket.order();
        if (products != null && products.lines() != null && !products.lines().isEmpty()) {
            NewOrder forWhom = customerId == null ? products
                    : new NewOrder(customerId, products.lines(), products.fulfilment(), products.address());
            order = naming("order.", "The order", () -> orders.place(forWhom, actor));
        }
        Invoice invoice = order != null && paysNow(order, actor)
                ? issuer.invoiceOrderNow(order, invoicing.terms()).orElse(null) : null;
        return new Checkout(List.copyOf(made.values()), order, invoice);
    }

    /**
     * Whether the customer pays for the order now, by card: a household checking out for itself when card
     * payments are on. Goods are paid for when bought; work is invoiced after it is done, because a member may
     * say no and hourly work may take longer or shorter. Approved organisations are invoiced on their terms,
     * and an order staff take for a customer is invoiced with the customer's work.
     */
    private boolean paysNow(ProductOrder order, Actor actor) {
        return cardGateway.enabled() && order.customerId().equals(actor.customerId())
                && order.total().minor() >= CardPayment.SMALLEST_MINOR
                && customers.find(order.customerId()).map(customer -> !customer.invoiceApproved()).orElse(false);
    }

    /**
     * Does one part of the checkout; a refusal is given again naming the item (its fields under {@code at}), so the
     * customer knows what to change. The transaction is already marked to roll back by then.
     */
    private static <T> T naming(String at, String what, Supplier<T> part) {
        try {
            return part.get();
        } catch (InvalidInputException invalid) {
            List<FieldError> named = new ArrayList<>();
            invalid.errors().forEach(error -> named.add(new FieldError(at + error.field(), error.message())));
            throw new InvalidInputException(named);
        } catch (NotFoundException missing) {
            throw new InvalidInputException(at + "listingId", missing.getMessage());
        } catch (ConflictException refused) {
            throw new ConflictException(refused.kind(), what + ": " + refused.getMessage()
                    + " Nothing in the basket was booked or ordered.");
        }
    }
}
