package coop.market.application;

/**
 * A figure for the rate table, unchecked: its name (ESA_HIGHER, ...), the day it applies from, and either an
 * amount (minor units and currency) or minutes (for an hours limit).
 */
public record NewBenefitRate(String name, String effectiveFrom, Long amountMinor, String currency, Long minutes) {
}
