package coop.market.web.rest;

import coop.market.application.NewExpense;
import coop.market.domain.shared.FieldErrors;

/** The body of {@code POST /members/{id}/expenses}. */
public record NewExpenseRequest(String date, String category, MoneyDto amount, String description) {

    NewExpense toCommand() {
        FieldErrors errors = new FieldErrors();
        Long minor = amount == null ? null : WholeNumbers.toLong("amount.minor", amount.minor(), errors);
        errors.throwIfAny();
        return new NewExpense(date, category, minor, amount == null ? null : amount.currency(), description);
    }
}
