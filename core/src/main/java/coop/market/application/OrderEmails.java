package coop.market.application;

import coop.market.domain.customer.Customer;
import coop.market.domain.member.MemberContact;
import coop.market.domain.notification.OutgoingEmail;
import coop.market.domain.order.Fulfilment;
import coop.market.domain.order.OrderLine;
import coop.market.domain.order.ProductOrder;
import coop.market.domain.shared.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the co-op writes about a product order: to the customer in ordinary polite English (every item, when it
 * will be ready, the delivery charge and the total); to each member whose items are on it, in easy read (sentences
 * of at most 15 words), about their own items only.
 */
final class OrderEmails {

    private final CoopContact contact;
    private final Instant now;

    OrderEmails(CoopContact contact, Instant now) {
        this.contact = contact;
        this.now = now;
    }

    /** The customer's confirmation, and "You have a new order" to each member. */
    List<OutgoingEmail> placed(ProductOrder order, Customer customer, Map<String, MemberContact> members) {
        List<String> opening = List.of("Thank you for your order. Each item is made or packed by the member of "
                        + contact.coopName() + " who sells it.",
                order.fulfilment() == Fulfilment.DELIVER ? "We will deliver it when everything is ready."
                        : "We will e-mail you when everything is ready to collect.");
        List<OutgoingEmail> emails = new ArrayList<>();
        emails.add(toCustomer(order, customer, "order.placed", "Order received: " + order.reference(), opening,
                "Nothing is charged now. The order will be on your next invoice from " + contact.coopName()
                        + ", once you have it."));
        members.forEach((memberId, member) -> emails.add(toMember(order, memberId, member, "order.placed",
                "New order: " + order.reference(), List.of("You have a new order.", "Please get these items ready."),
                true, "When they are ready, tell the co-op.")));
        return emails;
    }

    /** Everything is ready: the customer may collect it, or it is on its way. */
    List<OutgoingEmail> ready(ProductOrder order, Customer customer) {
        String opening = order.fulfilment() == Fulfilment.DELIVER
                ? "Your order is ready, and we will deliver it soon."
                : "Your order is ready to collect. Please get in touch to arrange a time.";
        return List.of(toCustomer(order, customer, "order.ready", "Order ready: " + order.reference(),
                List.of(opening), ""));
    }

    /** The customer hears the order is cancelled; each member that they need not get their items ready. */
    List<OutgoingEmail> cancelled(ProductOrder order, Customer customer, Map<String, MemberContact> members) {
        List<OutgoingEmail> emails = new ArrayList<>();
        emails.add(toCustomer(order, customer, "order.cancelled", "Order cancelled: " + order.reference(),
                List.of("Your order is cancelled. Nothing is charged for it."), ""));
        members.forEach((memberId, member) -> emails.add(toMember(order, memberId, member, "order.cancelled",
                "Order cancelled: " + order.reference(),
                List.of("An order is cancelled.", "You do not need to get these items ready."), false,
                order.linesOf(memberId).stream().anyMatch(OrderLine::fromStock)
                        ? "Items from your stock go back into it." : "")));
        return emails;
    }

    private OutgoingEmail toCustomer(ProductOrder order, Customer customer, String topic, String subject,
            List<String> opening, String closing) {
        List<String> text = new ArrayList<>();
        text.add("Hello " + customer.name().strip().split("\\s+")[0] + ",");
        text.add("");
        text.addAll(opening);
        text.add("");
        text.add("Order reference: " + order.reference());
        for (OrderLine line : order.lines()) {
            text.add("- " + line.description() + ", " + line.quantity() + " at " + PlainWords.money(line.unitPrice())
                    + " each: " + PlainWords.money(line.total()) + (line.fromStock() ? " (in stock)"
                            : " (made to order, ready by " + PlainWords.day(line.readyOn()) + ")"));
        }
        text.add(order.deliveryAddress()
                .map(address -> "Delivery to " + CalendarService.place(address) + ": "
                        + PlainWords.money(order.deliveryCharge()))
                .orElse("Collection from " + contact.coopName()));
        text.add("Total: " + PlainWords.money(order.total()));
        text.add("");
        if (!closing.isEmpty()) {
            text.add(closing);
            text.add("");
        }
        return new OutgoingEmail(Ids.newId(), topic, order.id(), customer.email(), customer.name(), subject,
                String.join("\n", text) + "\n" + DocumentEmails.signOff(contact), null, now);
    }

    /**
     * A member's letter in easy read: what happened, their items one per line (with the day each should be ready,
     * if {@code readyDates}), what to do, where to get help.
     */
    private OutgoingEmail toMember(ProductOrder order, String memberId, MemberContact member, String topic,
            String subject, List<String> opening, boolean readyDates, String closing) {
        List<String> text = new ArrayList<>();
        text.add("Hello " + member.firstName() + ",");
        text.add("");
        text.addAll(opening);
        text.add("");
        for (OrderLine line : order.linesOf(memberId)) {
            text.add("- " + line.description() + ": " + line.quantity() + ".");
            if (readyDates) {
                text.add("  Ready by " + PlainWords.day(line.readyOn()) + ".");
            }
        }
        text.add("Order reference: " + order.reference() + ".");
        text.add("");
        if (!closing.isEmpty()) {
            text.add(closing);
        }
        text.add(contact.needHelp());
        return new OutgoingEmail(Ids.newId(), topic, order.id(), member.email(), member.firstName(), subject,
                String.join("\n", text) + "\n", null, now);
    }
}
