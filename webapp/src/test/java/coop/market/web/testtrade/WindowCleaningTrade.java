package coop.market.web.testtrade;

import coop.market.spi.AttributeDefinition;
import coop.market.spi.BookingGrid;
import coop.market.spi.PricedLine;
import coop.market.spi.PricingRequest;
import coop.market.spi.Quote;
import coop.market.spi.Trade;
import coop.market.spi.TradeKind;
import coop.market.spi.TradeRules;
import java.time.Duration;
import java.util.List;

/**
 * A fourth trade that exists only in the tests, packed into its own jar and added to the web
 * application at deployment: it proves a new trade appears without any change to core.
 */
public class WindowCleaningTrade implements Trade {

    @Override
    public String code() {
        return "window-cleaning";
    }

    @Override
    public String name() {
        return "Window cleaning";
    }

    @Override
    public String description() {
        return "Windows washed inside and out.";
    }

    @Override
    public TradeKind kind() {
        return TradeKind.SERVICE;
    }

    @Override
    public List<AttributeDefinition> listingAttributes() {
        return List.of(AttributeDefinition.yesNo("ladders", "Brings ladders", true));
    }

    @Override
    public List<AttributeDefinition> requestAttributes() {
        return List.of(AttributeDefinition.integer("windows", "Number of windows", 8, 1, 60));
    }

    @Override
    public Quote price(PricingRequest request) {
        return new Quote(List.of(PricedLine.forTime("Window cleaning", Duration.ofMinutes(request.durationMinutes()),
                request.listedPrice())), List.of());
    }

    @Override
    public TradeRules rules() {
        return new TradeRules() {
            @Override
            public Duration estimateDuration(coop.market.spi.AttributeValues listing,
                    coop.market.spi.AttributeValues request) {
                return BookingGrid.fit(Duration.ofMinutes(5 * request.integer("windows")), minimumDuration());
            }

            @Override
            public Duration minimumDuration() {
                return Duration.ofMinutes(30);
            }
        };
    }
}
