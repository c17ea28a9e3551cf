package coop.market.domain.statement;

import coop.market.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * Money the co-op received for a member's work at a moment, as their payable account has it: its credits less
 * its debits at that moment (a refund is negative), pay-outs left out. On the cash basis this is the member's
 * income when it arrives.
 */
public record ReceivedMoney(Instant at, Money amount) {

    public ReceivedMoney {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(amount, "amount");
    }
}
