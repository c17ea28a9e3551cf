package coop.market.web.rest;

import static coop.market.application.Jsonp.JSON;

import coop.market.domain.earnings.EarningsLimitException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The extension members of an earnings limit refusal, so a tool can show the period and the headroom without
 * reading the sentence: {@code periodStart}, {@code periodEnd}, {@code limit} and {@code headroom} (Money, or
 * null when there is no money limit), and {@code minutesLeft} when the hours of permitted work count.
 */
final class EarningsProblem {

    private EarningsProblem() {
    }

    static JsonObject extensions(EarningsLimitException refusal) {
        JsonObjectBuilder out = JSON.createObjectBuilder()
                .add("periodStart", refusal.periodStart().toString())
                .add("periodEnd", refusal.periodEnd().toString());
        out.add("limit", EarningsJson.money(refusal.limit().orElse(null)));
        out.add("headroom", EarningsJson.money(refusal.headroom().orElse(null)));
        refusal.minutesLeft().ifPresent(minutes -> out.add("minutesLeft", minutes));
        return out.build();
    }
}
