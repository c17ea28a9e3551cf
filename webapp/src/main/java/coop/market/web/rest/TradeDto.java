package coop.market.web.rest;

import coop.market.domain.shared.Money;
import coop.market.spi.AttributeDefinition;
import coop.market.spi.PriceUnit;
import coop.market.spi.Trade;
import java.util.List;

/** A trade as the API shows it: what it is and which options its listings and requests take. */
public record TradeDto(String code, String name, String description, String kind, List<PriceUnit> priceUnits,
        List<AttributeDto> listingAttributes, List<AttributeDto> requestAttributes) {

    /** One option of a trade, with its default and limits. */
    public record AttributeDto(String name, String label, String type, boolean required, Object defaultValue,
            List<String> choices, Long min, Long max, Integer maxLength) {

        static AttributeDto of(AttributeDefinition definition) {
            Object fallback = definition.defaultValue() instanceof Money money ? MoneyDto.of(money)
                    : definition.defaultValue();
            return new AttributeDto(definition.name(), definition.label(), definition.type().name(),
                    definition.required(), fallback, definition.choices().isEmpty() ? null : definition.choices(),
                    definition.min(), definition.max(), definition.maxLength());
        }
    }

    public static TradeDto of(Trade trade) {
        return new TradeDto(trade.code(), trade.name(), trade.description(), trade.kind().name(),
                trade.priceUnits().stream().sorted().toList(),
                trade.listingAttributes().stream().map(AttributeDto::of).toList(),
                trade.requestAttributes().stream().map(AttributeDto::of).toList());
    }
}
