package coop.market.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.market.domain.payout.BankAccount;
import coop.market.domain.payout.PayoutFrequency;
import coop.market.domain.payout.PayoutMethod;
import coop.market.domain.payout.PayoutPlan;
import coop.market.domain.payout.SecretBox;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PayoutWordsTest {

    /** Seals nothing: the words must not need the numbers anyway. */
    private static final SecretBox OPEN_BOX = new SecretBox() {
        @Override
        public boolean ready() {
            return true;
        }

        @Override
        public String seal(String text) {
            return "sealed";
        }

        @Override
        public String open(String sealed) {
            throw new IllegalStateException("The words never open bank details");
        }
    };

    @Test
    void aBankAccountIsShownOnlyByItsLastDigits() {
        PayoutMethod method = new PayoutMethod("m1");
        method.payByBank(new BankAccount("UNA UPTON", "123456", "12345678"), OPEN_BOX, PayoutFrequency.MONTHLY,
                Instant.parse("2027-01-11T09:00:00Z"), "staff@example.org");
        assertEquals("Bank transfer to UNA UPTON, sort code **-**-56, account ****5678", PayoutWords.of(method));
        assertEquals("Monthly: in the first pay-out run of each month", PayoutWords.of(method.frequency()));
    }

    @Test
    void aMemberWithNoMethodIsToldWhereToSetOne() {
        assertEquals("No way to pay them yet: set how they are paid on their page",
                PayoutWords.of(PayoutPlan.Reason.NO_PAYOUT_METHOD));
    }
}
