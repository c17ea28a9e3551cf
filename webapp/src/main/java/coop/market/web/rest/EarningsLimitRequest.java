package coop.market.web.rest;

import coop.market.application.NewEarningsLimit;
import coop.market.domain.shared.FieldErrors;

/** The body of {@code PUT /members/{id}/earnings-limit}. */
public record EarningsLimitRequest(String kind, MoneyDto amount, String period, String periodStart,
        String effectiveFrom) {

    NewEarningsLimit toCommand() {
        FieldErrors errors = new FieldErrors();
        Long minor = amount == null ? null : WholeNumbers.toLong("amount.minor", amount.minor(), errors);
        errors.throwIfAny();
        return new NewEarningsLimit(kind, minor, amount == null ? null : amount.currency(), period, periodStart,
                effectiveFrom);
    }
}
