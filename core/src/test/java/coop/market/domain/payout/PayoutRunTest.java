package coop.market.domain.payout;

import static coop.market.domain.payout.PayoutFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A run's life: a draft, approved, executed; cancelled only while still open. */
class PayoutRunTest {

    private static final LocalDate SUNDAY = LocalDate.of(2027, 1, 10);
    private static final Instant MIDNIGHT = Instant.parse("2027-01-11T00:00:00Z");

    private static PayoutRun draft() {
        return new PayoutRun("r1", SUNDAY, MIDNIGHT, Money.GBP, NOW, "staff@example.org");
    }

    @Test
    void aRunIsADraftThenApprovedThenExecuted() {
        PayoutRun run = draft();
        assertEquals(PayoutRunStatus.DRAFT, run.status());
        assertTrue(run.status().open());
        assertEquals(SUNDAY, run.periodEnd());
        assertEquals(MIDNIGHT, run.receivedTo());
        assertEquals(Money.GBP, run.currency());

        run.approve("treasurer@example.org", NOW.plusSeconds(60));
        assertEquals(PayoutRunStatus.APPROVED, run.status());
        assertEquals("treasurer@example.org", run.approvedBy());
        assertEquals(NOW.plusSeconds(60), run.approvedAt());
        assertTrue(run.status().open());

        run.executed(NOW.plusSeconds(120));
        assertEquals(PayoutRunStatus.EXECUTED, run.status());
        assertEquals(NOW.plusSeconds(120), run.executedAt());
        assertFalse(run.status().open());
    }

    @Test
    void stepsAreTakenInOrder() {
        PayoutRun run = draft();
        assertThrows(IllegalStateException.class, () -> run.executed(NOW), "a draft is not executed");
        run.approve("treasurer@example.org", NOW);
        assertThrows(IllegalStateException.class, () -> run.approve("treasurer@example.org", NOW),
                "approved twice");
        run.executed(NOW);
        assertThrows(IllegalStateException.class, () -> run.executed(NOW), "executed twice");
        assertThrows(IllegalStateException.class, () -> run.approve("treasurer@example.org", NOW));
    }

    @Test
    void aRunIsCancelledOnlyWhileOpen() {
        PayoutRun draft = draft();
        draft.cancel();
        assertEquals(PayoutRunStatus.CANCELLED, draft.status());
        assertFalse(draft.status().open(), "its money is free for the next run");
        assertThrows(IllegalStateException.class, draft::cancel);
        assertThrows(IllegalStateException.class, () -> draft.approve("treasurer@example.org", NOW));
        assertThrows(IllegalStateException.class, () -> draft.executed(NOW));

        PayoutRun approved = draft();
        approved.approve("treasurer@example.org", NOW);
        approved.cancel();
        assertEquals(PayoutRunStatus.CANCELLED, approved.status());

        PayoutRun executed = draft();
        executed.approve("treasurer@example.org", NOW);
        executed.executed(NOW);
        assertThrows(IllegalStateException.class, executed::cancel);
        assertEquals(PayoutRunStatus.EXECUTED, executed.status());
    }

    @Test
    void moneyIsInTheRunUpToItsPeriodsEndOrTheMomentItWasMadeIfSooner() {
        assertEquals(MIDNIGHT, draft().moneyTo(), "made after the period ended");
        Instant during = MIDNIGHT.minusSeconds(3600);
        assertEquals(during, new PayoutRun("r2", SUNDAY, MIDNIGHT, Money.GBP, during, "staff@example.org").moneyTo(),
                "made on the period's last day: what came in later waits for the next run");
    }

    @Test
    void theRunsTransfersAreGroupedByItsId() {
        assertEquals("payout-run-r1", draft().transferGroup());
    }
}
