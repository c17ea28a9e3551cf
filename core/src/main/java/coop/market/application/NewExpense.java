package coop.market.application;

/** An allowable expense as staff record it, unchecked: the day, category, amount and what it was. */
public record NewExpense(String date, String category, Long amountMinor, String currency, String description) {
}
