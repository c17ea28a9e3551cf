package coop.market.domain.payout;

import static coop.market.domain.payout.PayoutFixtures.NOW;
import static coop.market.domain.payout.PayoutFixtures.bank;
import static coop.market.domain.payout.PayoutFixtures.stripe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A member's pay-out: paid by Stripe or refused, or put in the bank file; nothing else. */
class PayoutTest {

    private static final Instant LATER = NOW.plusSeconds(60);

    private static Payout byStripe(long gross, long contribution) {
        return new Payout("p1", "r1", new PayoutPlan.Planned("m1", Money.gbp(gross), Money.gbp(contribution), 7,
                stripe("m1", PayoutFrequency.WEEKLY)), "COOP PAY 20270110", "ch_1");
    }

    private static Payout byBank() {
        return new Payout("p2", "r1", new PayoutPlan.Planned("m2", Money.gbp(10000), Money.gbp(800), 7,
                bank("m2", PayoutFrequency.WEEKLY)), "COOP PAY 20270110", "ch_9");
    }

    @Test
    void aNewPayOutIsPendingWithThePlannedAmountsAndAccount() {
        Payout payout = byStripe(10000, 800);

        assertEquals(PayoutStatus.PENDING, payout.status());
        assertEquals(Money.gbp(10000), payout.gross());
        assertEquals(Money.gbp(800), payout.contribution());
        assertEquals(Money.gbp(9200), payout.net());
        assertEquals(7, payout.periodDays());
        assertEquals(PayoutMethodKind.STRIPE, payout.method());
        assertEquals("m1", payout.memberId());
        assertEquals("r1", payout.runId());
        assertEquals("COOP PAY 20270110", payout.reference());
        assertNull(payout.bankAccount(new PayoutFixtures.PlainBox()), "a Stripe pay-out has no bank account");
        assertFalse(payout.status().settled());
    }

    @Test
    void aPayOutOfNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> byStripe(0, 0));
    }

    @Test
    void aStripePayOutKeepsTheChargeThatFundedItAndIsPaid() {
        Payout payout = byStripe(10000, 800);
        assertEquals("ch_1", payout.sourceCharge());
        assertNull(byBank().sourceCharge(), "a bank pay-out has no card charge");

        payout.paid("tr_1", LATER);
        assertEquals(PayoutStatus.PAID, payout.status());
        assertEquals("tr_1", payout.transferId());
        assertEquals(LATER, payout.paidAt());
        assertTrue(payout.status().settled());
    }

    @Test
    void aRefusedPayOutFailsAndKeepsTheReason() {
        Payout payout = byStripe(10000, 800);

        payout.refused("x".repeat(600), LATER);

        assertEquals(PayoutStatus.FAILED, payout.status());
        assertEquals(500, payout.failure().length(), "a long reason is cut to fit");
        assertNull(payout.paidAt());
        assertNull(payout.transferId());
        assertTrue(payout.status().settled());
    }

    @Test
    void aPayOutTheContributionTookWhollyIsPaidWithoutATransfer() {
        Payout payout = byStripe(500, 500);

        payout.paid(null, LATER);

        assertEquals(PayoutStatus.PAID, payout.status());
        assertEquals(Money.gbp(0), payout.net());
        assertNull(payout.transferId());
    }

    @Test
    void aPayOutOfMoneyIsNotPaidWithoutATransfer() {
        Payout payout = byStripe(10000, 800);

        assertThrows(IllegalArgumentException.class, () -> payout.paid(null, LATER));
        assertEquals(PayoutStatus.PENDING, payout.status(), "still waiting for Stripe");
    }

    @Test
    void aBankPayOutGoesIntoTheBankFileWithTheAccountItWasMadeFor() {
        Payout payout = byBank();

        payout.inBankFile(LATER);

        assertEquals(PayoutStatus.IN_BANK_FILE, payout.status());
        assertEquals(LATER, payout.paidAt());
        assertTrue(payout.status().settled());
        assertEquals(PayoutFixtures.ACCOUNT, payout.bankAccount(new PayoutFixtures.PlainBox()));
        assertEquals("12-34-56", payout.bankAccount(new PayoutFixtures.PlainBox()).sortCodeWritten());
        assertTrue(payout.status().paidOut());
    }

    @Test
    void aPayOutShowsItsAccountMaskedWithoutOpeningTheSealedNumbers() {
        Payout payout = byBank();

        assertEquals("**-**-56", payout.sortCodeMasked());
        assertEquals("****5678", payout.accountNumberMasked());
        assertEquals("5678", payout.accountNumberEnding());
        assertNull(byStripe(10000, 800).accountNumberMasked(), "a Stripe pay-out has no bank account");
        assertFalse(payout.status().paidOut(), "not paid out while pending");
    }

    @Test
    void movesOutOfOrderAreRefused() {
        Payout paid = byStripe(10000, 800);
        paid.paid("tr_1", LATER);
        assertThrows(IllegalStateException.class, () -> paid.paid("tr_2", LATER));
        assertThrows(IllegalStateException.class, () -> paid.refused("No", LATER));
        assertThrows(IllegalStateException.class, () -> paid.inBankFile(LATER));
        assertEquals("tr_1", paid.transferId());

        Payout failed = byStripe(10000, 800);
        failed.refused("No", LATER);
        assertThrows(IllegalStateException.class, () -> failed.paid("tr_1", LATER));
        assertThrows(IllegalStateException.class, () -> failed.inBankFile(LATER));

        Payout inFile = byBank();
        inFile.inBankFile(LATER);
        assertThrows(IllegalStateException.class, () -> inFile.inBankFile(LATER));
        assertThrows(IllegalStateException.class, () -> inFile.paid("tr_1", LATER));
        assertEquals(PayoutStatus.IN_BANK_FILE, inFile.status());
    }

    @Test
    void theIdempotencyKeyIsThePayOutsOwn() {
        assertEquals("payout-p1", byStripe(10000, 800).idempotencyKey());
        assertEquals(byStripe(10000, 800).idempotencyKey(), byStripe(10000, 800).idempotencyKey(),
                "the same on every retry");
    }

    @Test
    void aMoveRefusedForWantOfATimeChangesNothing() {
        Payout paid = byStripe(10000, 800);
        assertThrows(NullPointerException.class, () -> paid.paid("tr_1", null));
        assertEquals(PayoutStatus.PENDING, paid.status());

        Payout refused = byStripe(10000, 800);
        assertThrows(NullPointerException.class, () -> refused.refused("No", null));
        assertEquals(PayoutStatus.PENDING, refused.status());

        Payout inFile = byBank();
        assertThrows(NullPointerException.class, () -> inFile.inBankFile(null));
        assertEquals(PayoutStatus.PENDING, inFile.status());
    }
}
