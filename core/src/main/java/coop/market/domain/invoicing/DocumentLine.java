package coop.market.domain.invoicing;

import coop.market.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line as printed: what was supplied, on behalf of which member ({@code suppliedBy} null for the co-op's own
 * supply, such as delivery), when, how much of it at what unit price, and the line's total before VAT.
 * {@code vatRatePercent} is null when the co-op is not VAT registered (then {@code vat} is zero).
 */
public record DocumentLine(String description, String suppliedBy, LocalDate supplyDate, BigDecimal quantity,
        Money unitPrice, Money total, BigDecimal vatRatePercent, Money vat) {

    public DocumentLine {
        Objects.requireNonNull(description);
        Objects.requireNonNull(supplyDate);
        Objects.requireNonNull(quantity);
        Objects.requireNonNull(unitPrice);
        Objects.requireNonNull(total);
        Objects.requireNonNull(vat);
    }
}
