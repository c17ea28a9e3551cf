package coop.market.domain.cardpayment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A saved card: the last one saved is the one charged, described in plain words, and gone once removed. */
class SavedCardTest {

    private final SavedCard card = new SavedCard("cust-1", "cus_1");

    private static CardEvent.SavedCardDetails visa(String paymentMethod, String last4) {
        return new CardEvent.SavedCardDetails("cust-1", "cus_1", paymentMethod, "visa", last4);
    }

    @Test
    void theLastCardSavedIsTheCardDescribedInPlainWords() {
        assertEquals(Optional.empty(), card.description(), "a Stripe customer with no card yet");
        card.saved(visa("pm_1", "4242"), Instant.EPOCH);
        card.saved(new CardEvent.SavedCardDetails("cust-1", "cus_1", "pm_2", "amex", "0005"), Instant.EPOCH);
        assertEquals(Optional.of("pm_2"), card.paymentMethodId());
        assertEquals(Optional.of("American Express ending 0005"), card.description());
        card.saved(new CardEvent.SavedCardDetails("cust-1", "cus_1", "pm_3", "link_card", null), Instant.EPOCH);
        assertEquals(Optional.of("Link_card"), card.description(), "a brand we have no name for, as Stripe says it");
    }

    @Test
    void aCardOnSomeoneElsesStripeCustomerIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> card.saved(
                new CardEvent.SavedCardDetails("cust-1", "cus_other", "pm_9", "visa", "4242"), Instant.EPOCH));
    }

    @Test
    void aRemovedCardIsNeverCharged() {
        card.saved(visa("pm_1", "4242"), Instant.EPOCH);
        card.forget();
        assertEquals(Optional.empty(), card.paymentMethodId());
        assertEquals(Optional.empty(), card.description());
        assertEquals(Optional.empty(), CardPayment.forSavedCard("cp1", "inv1", Money.gbp(4500), card, Instant.EPOCH));
    }

    @Test
    void anInvoiceIsTakenFromTheSavedCardWhenACardTakesThatMuch() {
        card.saved(visa("pm_1", "4242"), Instant.EPOCH);
        CardPayment attempt = CardPayment.forSavedCard("cp1", "inv1", Money.gbp(4500), card, Instant.EPOCH)
                .orElseThrow();
        assertEquals(Money.gbp(4500), attempt.amount());
        assertEquals(Optional.of("pm_1"), attempt.paymentMethodId());
        assertTrue(attempt.fromSavedCard());
        assertTrue(attempt.waitingToCharge());
        attempt.linkTo(new CardIntent("pi_1", "pi_1_secret"));
        assertFalse(attempt.waitingToCharge(), "sent: a second round does not send it again");
        assertEquals(Optional.empty(), CardPayment.forSavedCard("cp2", "inv2", Money.gbp(29), card, Instant.EPOCH),
                "below the 30p a card takes");
        assertFalse(new CardPayment("cp3", "inv3", Money.gbp(4500), Instant.EPOCH, "pat@x.org").fromSavedCard());
    }
}
