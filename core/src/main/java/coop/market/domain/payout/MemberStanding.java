package coop.market.domain.payout;

import coop.market.domain.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the co-op holds for a member as a pay-out run is made: their share of money received up to the run's
 * end (less refunds), what has been paid out already (gross, before the contribution), and the period end of the
 * last run that paid them (null if none has).
 */
public record MemberStanding(String memberId, Money received, Money paidOut, LocalDate lastPaidPeriodEnd) {

    public MemberStanding {
        Objects.requireNonNull(memberId);
        Objects.requireNonNull(received);
        Objects.requireNonNull(paidOut);
    }

    /** What is still held for them (negative if a refund came after they were paid: the next run takes it back). */
    public Money held() {
        return received.minus(paidOut);
    }
}
