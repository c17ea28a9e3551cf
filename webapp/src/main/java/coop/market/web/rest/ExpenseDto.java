package coop.market.web.rest;

import coop.market.domain.earnings.Expense;

/** An allowable expense of a member's business. */
public record ExpenseDto(String id, String date, String category, MoneyDto amount, String description,
        String recordedBy) {

    static ExpenseDto of(Expense expense) {
        return new ExpenseDto(expense.id(), expense.spentOn().toString(), expense.category().name(),
                MoneyDto.of(expense.amount()), expense.description(), expense.createdBy());
    }
}
