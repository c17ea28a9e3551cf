package coop.market.domain.invoicing;

import coop.market.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something a customer owes that has not been invoiced yet: a completed booking, a cancellation fee or an item
 * sold, supplied on behalf of one member; or a supply of the co-op's own (a delivery), with no member and the
 * co-op's name as {@code memberName}. {@code quantity} times {@code unitPrice} need not equal {@code total}
 * to the penny (a booking's price was frozen from the trade's quote); the total is what is charged.
 */
public record Billable(LineSource source, String sourceId, String customerId, String memberId, String memberName,
        LocalDate supplyDate, String description, BigDecimal quantity, Money unitPrice, Money total) {

    public Billable {
        Objects.requireNonNull(source);
        Objects.requireNonNull(sourceId);
        Objects.requireNonNull(customerId);
        if ((memberId == null) != source.coopsOwn()) {
            throw new IllegalArgumentException(source.coopsOwn() ? "The co-op's own supply has no member"
                    : "A " + source + " line is supplied on behalf of a member");
        }
        Objects.requireNonNull(memberName);
        Objects.requireNonNull(supplyDate);
        Objects.requireNonNull(description);
        Objects.requireNonNull(quantity);
        Objects.requireNonNull(unitPrice);
        if (!total.isPositive()) {
            throw new IllegalArgumentException("Nothing to bill for " + source + " " + sourceId);
        }
    }
}
