package coop.market.application;

import coop.market.testing.EasyRead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.customer.Customer;
import coop.market.domain.member.MemberContact;
import coop.market.domain.notification.OutgoingEmail;
import coop.market.domain.order.Fulfilment;
import coop.market.domain.order.OrderItem;
import coop.market.domain.order.ProductOrder;
import coop.market.domain.shared.Address;
import coop.market.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderEmailsTest {

    private static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");
    private static final Address HOME = new Address("27 Chipperfield Road", null, "Orpington", "BR5 2QA");
    private static final CoopContact COOP = new CoopContact("Bromley Micro Enterprises CIC",
            "hello@bromley-micro.example", "01689 000000");
    private static final Customer MARGARET = new Customer("c1", "Margaret Collins", "margaret@example.org", HOME,
            null, NOW);
    private static final Map<String, MemberContact> MAKERS = new LinkedHashMap<>(Map.of(
            "priya", new MemberContact("Priya Shah", "priya@example.org"),
            "sam", new MemberContact("Sam Okoro", "sam@example.org")));

    private final OrderEmails emails = new OrderEmails(COOP, NOW);

    /** On Tuesday 2 March 2027: two bird boxes from Sam's stock, a blanket Priya knits in 14 days; delivered. */
    private static ProductOrder order() {
        return new ProductOrder("5b7c1d2e-0000-4000-8000-000000000001", "c1", List.of(
                new OrderItem("l-box", "sam", "Wooden bird box", 2, Money.gbp(1800), true, 0),
                new OrderItem("l-blanket", "priya", "Knitted baby blanket", 1, Money.gbp(3500), false, 14)),
                Fulfilment.DELIVER, HOME, Money.gbp(350), LocalDate.of(2027, 3, 2), NOW, "margaret@example.org");
    }

    @Test
    void theCustomersConfirmationListsEveryItemTheDeliveryAndTheTotal() {
        OutgoingEmail customer = to("margaret@example.org", emails.placed(order(), MARGARET, MAKERS));

        assertEquals("order.placed", customer.topic());
        assertEquals("Order received: 5B7C1D2E", customer.subject());
        assertTrue(customer.body().startsWith("Hello Margaret,\n"), customer.body());
        assertTrue(customer.body().contains("Order reference: 5B7C1D2E\n"), customer.body());
        assertTrue(customer.body().contains("- Wooden bird box, 2 at £18.00 each: £36.00 (in stock)\n"));
        assertTrue(customer.body().contains("- Knitted baby blanket, 1 at £35.00 each: £35.00 (made to order, ready"
                + " by Tuesday 16 March 2027)\n"), customer.body());
        assertTrue(customer.body().contains("Delivery to 27 Chipperfield Road, Orpington, BR5 2QA: £3.50\n"));
        assertTrue(customer.body().contains("Total: £74.50\n"));
        assertTrue(customer.body().contains("on your next invoice"));
        assertTrue(customer.body().endsWith("Bromley Micro Enterprises CIC\n"));
    }

    @Test
    void eachMemberHearsOfTheirOwnItemsOnlyInEasyRead() {
        List<OutgoingEmail> sent = emails.placed(order(), MARGARET, MAKERS);
        assertEquals(3, sent.size());
        OutgoingEmail priya = to("priya@example.org", sent);

        assertEquals("Hello Priya,\n\nYou have a new order.\nPlease get these items ready.\n\n"
                + "- Knitted baby blanket: 1.\n  Ready by Tuesday 16 March 2027.\nOrder reference: 5B7C1D2E.\n\n"
                + "When they are ready, tell the co-op.\n"
                + "Need help? Email hello@bromley-micro.example or call 01689 000000.\n", priya.body());
        assertFalse(to("sam@example.org", sent).body().contains("blanket"), "not Priya's items");
    }

    @Test
    void readyAndCancelledOrdersAreAnnounced() {
        ProductOrder order = order();
        OutgoingEmail ready = emails.ready(order, MARGARET).get(0);
        assertEquals("Order ready: 5B7C1D2E", ready.subject());
        assertTrue(ready.body().contains("we will deliver it soon"), ready.body());

        List<OutgoingEmail> cancelled = emails.cancelled(order, MARGARET, MAKERS);
        assertTrue(to("margaret@example.org", cancelled).body().contains("Nothing is charged for it."));
        assertTrue(to("sam@example.org", cancelled).body().contains("Items from your stock go back into it."));
        assertFalse(to("priya@example.org", cancelled).body().contains("stock"), "made to order: nothing to put back");
    }

    @Test
    void everyEmailToAMemberIsEasyRead() {
        ProductOrder order = order();
        List<OutgoingEmail> toMembers = new ArrayList<>();
        for (List<OutgoingEmail> sent : List.of(emails.placed(order, MARGARET, MAKERS),
                emails.cancelled(order, MARGARET, MAKERS))) {
            sent.stream().filter(email -> !email.recipientAddress().equals(MARGARET.email())).forEach(toMembers::add);
        }
        assertEquals(4, toMembers.size());
        for (OutgoingEmail member : toMembers) {
            EasyRead.assertShortSentences(member.body(), member.topic());
            assertFalse(member.body().contains("£"), "no prices: what members are paid is shown elsewhere");
        }
    }

    private static OutgoingEmail to(String address, List<OutgoingEmail> emails) {
        return emails.stream().filter(email -> email.recipientAddress().equals(address)).findFirst().orElseThrow();
    }
}
