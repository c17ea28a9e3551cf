package coop.market.domain.earnings;

/** What an allowable business expense was for. */
public enum ExpenseCategory {
    MATERIALS,
    TRAVEL,
    EQUIPMENT,
    OTHER
}
