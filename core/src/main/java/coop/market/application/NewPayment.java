package coop.market.application;

/** A payment as staff record it: how, how much (minor units and currency), the day it arrived, any reference. */
public record NewPayment(String method, Long amountMinor, String currency, String receivedOn, String reference) {
}
