package coop.market.web.rest;

import static coop.market.application.Jsonp.JSON;

import coop.market.domain.earnings.BenefitRate;
import coop.market.domain.earnings.EarningsLimit;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.domain.shared.Money;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * Earnings, limits and rates as JSON, written with JSON-P because the contract's {@code limit: Money|null}
 * means a field that is there with null, and JSON-B leaves null fields out.
 *
 * <p>A period also says which kind of limit governs it, the minutes of work and admin in it and, for permitted
 * work, the hours limit in minutes. Headroom is the limit less the forecast and never shows below nothing: a
 * forecast above the limit shows how far over.
 */
final class EarningsJson {

    private EarningsJson() {
    }

    /** {@code {periods:[{start, end, kind, limit, earned, forecast, headroom, minutes, minutesLimit}]}}. */
    static JsonObject periods(List<PeriodEarnings> periods) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (PeriodEarnings p : periods) {
            list.add(JSON.createObjectBuilder()
                    .add("start", p.period().start().toString())
                    .add("end", p.period().end().toString())
                    .add("kind", p.kind() == null ? JsonValue.NULL : JSON.createValue(p.kind().name()))
                    .add("limit", money(p.limit()))
                    .add("earned", money(p.earned()))
                    .add("forecast", money(p.forecast()))
                    .add("headroom", money(p.headroom().orElse(null)))
                    .add("minutes", p.activity().minutes())
                    .add("minutesLimit", p.minutesLimit() == null ? JsonValue.NULL
                            : JSON.createValue(p.minutesLimit())));
        }
        return JSON.createObjectBuilder().add("periods", list).build();
    }

    /** A limit; {@code amount} is null when ESA's higher limit from the rate table applies. */
    static JsonObject limit(EarningsLimit limit) {
        return JSON.createObjectBuilder()
                .add("id", limit.id())
                .add("memberId", limit.memberId())
                .add("kind", limit.kind().name())
                .add("amount", money(limit.amount().orElse(null)))
                .add("period", limit.pattern().length().name())
                .add("periodStart", limit.pattern().anchor().toString())
                .add("effectiveFrom", limit.effectiveFrom().toString())
                .build();
    }

    /** One figure of the rate table: money ({@code amount}) or, for an hours limit, {@code minutes}; the other null. */
    static JsonObject rate(BenefitRate rate) {
        JsonObjectBuilder out = JSON.createObjectBuilder()
                .add("id", rate.id())
                .add("name", rate.name())
                .add("effectiveFrom", rate.effectiveFrom().toString());
        if (rate.isMinutes()) {
            out.addNull("amount").add("minutes", rate.minutes());
        } else {
            out.add("amount", money(rate.money())).addNull("minutes");
        }
        return out.build();
    }

    static JsonValue money(Money money) {
        return money == null ? JsonValue.NULL : JSON.createObjectBuilder().add("minor", money.minor())
                .add("currency", money.currency().getCurrencyCode()).build();
    }
}
