package coop.market.web.rest;

import coop.market.domain.shared.Money;
import java.math.BigDecimal;

/**
 * Money on the wire: {@code {"minor": 1250, "currency": "GBP"}}. Read as a decimal so that a
 * fraction of a penny is refused rather than rounded away.
 */
public record MoneyDto(BigDecimal minor, String currency) {

    public static MoneyDto of(Money money) {
        return new MoneyDto(BigDecimal.valueOf(money.minor()), money.currency().getCurrencyCode());
    }
}
