package coop.market.application;

import static coop.market.application.Jsonp.JSON;

import coop.market.spi.PricedLine;
import coop.market.spi.Quote;
import jakarta.json.JsonArrayBuilder;

/** Keeps a quote's lines with the booking, so the price stays as quoted whatever changes later. */
final class QuoteJson {

    private QuoteJson() {
    }

    static String write(Quote quote) {
        JsonArrayBuilder lines = JSON.createArrayBuilder();
        for (PricedLine line : quote.lines()) {
            lines.add(JSON.createObjectBuilder()
                    .add("description", line.description())
                    .add("quantity", line.quantity())
                    .add("unit", line.unit())
                    .add("unitPriceMinor", line.unitPrice().minor())
                    .add("totalMinor", line.total().minor())
                    .add("currency", line.total().currency().getCurrencyCode()));
        }
        return lines.build().toString();
    }
}
