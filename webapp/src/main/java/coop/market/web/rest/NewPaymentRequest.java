package coop.market.web.rest;

import coop.market.application.NewPayment;
import coop.market.domain.shared.FieldErrors;

/** The body of {@code POST /invoices/{id}/payments}. */
public record NewPaymentRequest(String method, MoneyDto amount, String receivedOn, String reference) {

    NewPayment toCommand() {
        FieldErrors errors = new FieldErrors();
        Long minor = amount == null ? null : WholeNumbers.toLong("amount.minor", amount.minor(), errors);
        errors.throwIfAny();
        return new NewPayment(method, minor, amount == null ? null : amount.currency(), receivedOn, reference);
    }
}
