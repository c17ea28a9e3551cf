package coop.market.domain.payout;

import java.time.Instant;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

/** Members' pay-out methods and a see-through secret box, for the pay-out tests (here and in application). */
public final class PayoutFixtures {

    public static final Instant NOW = Instant.parse("2027-01-11T09:00:00Z");
    public static final BankAccount ACCOUNT = new BankAccount("ANNA SMITH", "123456", "12345678");

    private PayoutFixtures() {
    }

    public static PayoutMethod stripe(String memberId, PayoutFrequency frequency) {
        PayoutMethod method = new PayoutMethod(memberId);
        method.payByStripe("acct_" + memberId, frequency, NOW, "staff@example.org");
        return method;
    }

    public static PayoutMethod bank(String memberId, PayoutFrequency frequency) {
        PayoutMethod method = new PayoutMethod(memberId);
        method.payByBank(ACCOUNT, new PlainBox(), frequency, NOW, "staff@example.org");
        return method;
    }

    /** Keeps nothing secret: enough to follow sealed bank details through a pay-out without a key. */
    static final class PlainBox implements SecretBox {

        @Override
        public boolean ready() {
            return true;
        }

        @Override
        public String seal(String text) {
            return "plain:" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String open(String sealed) {
            if (!sealed.startsWith("plain:")) {
                throw new IllegalStateException("Not sealed here");
            }
            return new String(Base64.getDecoder().decode(sealed.substring(6)), StandardCharsets.UTF_8);
        }
    }
}
