package coop.market.domain.cardpayment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import coop.market.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A card payment follows the processor's totals: news heard twice, or late, changes nothing. */
class CardPaymentTest {

    private final CardPayment attempt = new CardPayment("cp1", "inv1", Money.gbp(4500), Instant.EPOCH, "pat@x.org");

    @Test
    void theMoneyTakenIsCountedOnce() {
        assertEquals(Money.gbp(4500), attempt.receivedSoFar(4500, "ch_1", "p1"));
        assertEquals(Money.gbp(0), attempt.receivedSoFar(4500, "ch_1", "p2"), "the same news again");
        assertEquals(CardPaymentStatus.SUCCEEDED, attempt.status());
        assertEquals("ch_1", attempt.chargeId());
    }

    @Test
    void aDeclineAfterThePaymentChangesNothing() {
        attempt.declined("Insufficient funds.");
        assertEquals(CardPaymentStatus.FAILED, attempt.status());
        attempt.receivedSoFar(4500, "ch_1", "p1");
        attempt.declined("Insufficient funds.");
        assertEquals(CardPaymentStatus.SUCCEEDED, attempt.status());
        assertNull(attempt.failure());
    }

    @Test
    void refundsGrowToTheProcessorsTotalNeverBackAndNeverBeyondWhatWasTaken() {
        attempt.receivedSoFar(4500, "ch_1", "p1");
        assertEquals(Money.gbp(800), attempt.refundedSoFar(800));
        assertEquals(Money.gbp(0), attempt.refundedSoFar(500), "an older total arriving late");
        assertEquals(Money.gbp(3700), attempt.refundedSoFar(9999));
        assertEquals(Money.gbp(0), attempt.refundable());
    }

    @Test
    void aPaymentKnowsOnlyOneProcessorPayment() {
        attempt.linkTo(new CardIntent("pi_1", "pi_1_secret"));
        attempt.linkTo(new CardIntent("pi_1", "pi_1_secret"));
        attempt.knownAs("pi_2");
        assertEquals("pi_1", attempt.intentId());
        assertThrows(IllegalStateException.class, () -> attempt.linkTo(new CardIntent("pi_2", "pi_2_secret")));
    }

    @Test
    void aRefundAskedForIsNoMoreThanCanGoBack() {
        attempt.receivedSoFar(4500, "ch_1", "p1");
        assertThrows(IllegalArgumentException.class,
                () -> new CardRefund("r1", attempt, Money.gbp(4501), "Too much", Instant.EPOCH, "staff@x.org"));
        assertEquals(Money.gbp(4500),
                new CardRefund("r1", attempt, Money.gbp(4500), "All", Instant.EPOCH, "staff@x.org").amount());
    }
}
