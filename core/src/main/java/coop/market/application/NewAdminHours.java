package coop.market.application;

/** Admin time as staff record it, unchecked: the day, how many minutes and a note. */
public record NewAdminHours(String date, Integer minutes, String note) {
}
