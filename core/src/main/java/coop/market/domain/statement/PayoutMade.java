package coop.market.domain.statement;

import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutMethodKind;
import coop.market.domain.shared.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** A pay-out the member was made, as a statement lists it: the day paid, its reference and its sums. */
public record PayoutMade(LocalDate paidOn, String reference, Money gross, Money contribution, Money net,
        PayoutMethodKind method) {

    public PayoutMade {
        Objects.requireNonNull(paidOn, "paidOn");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(method, "method");
        if (!gross.equals(contribution.plus(net))) {
            throw new IllegalArgumentException("A pay-out's gross is its contribution plus its net");
        }
    }

    /** A pay-out that was made (paid by Stripe or put in a bank file), on its day in the co-op's zone. */
    public static PayoutMade of(Payout payout, ZoneId zone) {
        if (payout.paidAt() == null) {
            throw new IllegalArgumentException("Pay-out " + payout.id() + " was not made: it is " + payout.status());
        }
        return new PayoutMade(payout.paidAt().atZone(zone).toLocalDate(), payout.reference(), payout.gross(),
                payout.contribution(), payout.net(), payout.method());
    }
}
