package coop.market.web.rest;

import coop.market.application.NewBenefitRate;
import coop.market.domain.shared.FieldErrors;
import java.math.BigDecimal;

/** The body of {@code POST /benefit-rates}: a name, a first day, and an amount or (for an hours limit) minutes. */
public record NewBenefitRateRequest(String name, String effectiveFrom, MoneyDto amount, BigDecimal minutes) {

    NewBenefitRate toCommand() {
        FieldErrors errors = new FieldErrors();
        Long minor = amount == null ? null : WholeNumbers.toLong("amount.minor", amount.minor(), errors);
        Long wholeMinutes = WholeNumbers.toLong("minutes", minutes, errors);
        if (amount != null && amount.minor() == null) {
            errors.add("amount.minor", "Enter the amount, in pence");
        }
        errors.throwIfAny();
        return new NewBenefitRate(name, effectiveFrom, minor, amount == null ? null : amount.currency(), wholeMinutes);
    }
}
