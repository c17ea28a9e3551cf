package coop.market.web.rest;

import coop.market.domain.shared.Money;

/** Money on the wire: {@code {"minor": 1250, "currency": "GBP"}}. */
public record MoneyDto(Long minor, String currency) {

    public static MoneyDto of(Money money) {
        return new MoneyDto(money.minor(), money.currency().getCurrencyCode());
    }
}
