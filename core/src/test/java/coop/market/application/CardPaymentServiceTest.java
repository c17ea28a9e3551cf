package coop.market.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.cardpayment.CardEvent;
import coop.market.domain.cardpayment.CardGateway;
import coop.market.domain.cardpayment.CardIntent;
import coop.market.domain.cardpayment.CardPayment;
import coop.market.domain.cardpayment.SavedCard;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.Money;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** With Stripe's keys unset, card payments are off: nothing is offered, and nothing talks to Stripe. */
class CardPaymentServiceTest {

    private final Actor customer = new Actor("a1", "pat@example.org", Set.of(Role.CUSTOMER), null, "c1");
    private final Actor staff = new Actor("a2", "staff@example.org", Set.of(Role.STAFF), null, null);

    @Test
    void withoutKeysNothingIsOfferedAndEveryCallIsRefusedBeforeReachingStripe() {
        CardPaymentService cards = new CardPaymentService();
        cards.gateway = new StripeThatMustNotBeCalled();
        cards.steps = null; // nothing may get as far as the database either

        assertFalse(cards.enabled());
        ConflictException pay = assertThrows(ConflictException.class, () -> cards.start("i1", "BME-2027-00001",
                customer));
        assertEquals("card-payments-off", pay.kind());
        assertThrows(ConflictException.class, () -> cards.refund("i1", new NewRefund(100L, "GBP", "Sorry"), staff));
        assertThrows(ConflictException.class, () -> cards.receive("{}", "t=1,v1=00"));
    }

    /** A gateway that is switched off and fails the test if it is used all the same. */
    private static final class StripeThatMustNotBeCalled implements CardGateway {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public CardIntent startPayment(CardPayment attempt, String invoiceNumber) {
            throw new AssertionError("Stripe was called while card payments are off");
        }

        @Override
        public String addCustomer(String customerId, String email, String name) {
            throw new AssertionError("Stripe was called while card payments are off");
        }

        @Override
        public CardIntent startCardSetup(SavedCard customer) {
            throw new AssertionError("Stripe was called while card payments are off");
        }

        @Override
        public CardIntent chargeSavedCard(CardPayment attempt, String invoiceNumber, SavedCard card) {
            throw new AssertionError("Stripe was called while card payments are off");
        }

        @Override
        public void refund(CardPayment attempt, Money amount, String refundId) {
            throw new AssertionError("Stripe was called while card payments are off");
        }

        @Override
        public CardEvent readEvent(String payload, String signatureHeader) {
            throw new AssertionError("Stripe was called while card payments are off");
        }
    }
}
