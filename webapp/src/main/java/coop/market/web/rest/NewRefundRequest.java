package coop.market.web.rest;

import coop.market.application.NewRefund;
import coop.market.domain.shared.FieldErrors;

/** The body of {@code POST /invoices/{id}/refunds}: {@code {amount, reason}}. */
public record NewRefundRequest(MoneyDto amount, String reason) {

    NewRefund toCommand() {
        FieldErrors errors = new FieldErrors();
        Long minor = amount == null ? null : WholeNumbers.toLong("amount.minor", amount.minor(), errors);
        errors.throwIfAny();
        return new NewRefund(minor, amount == null ? null : amount.currency(), reason);
    }
}
