package coop.market.web.rest;

import coop.market.application.ListingDetails;
import coop.market.domain.listing.Listing;
import coop.market.domain.shared.Money;
import java.util.LinkedHashMap;
import java.util.Map;

/** A listing as the API shows it. Only the member's first name is public; {@code active}: in the shop. */
public record ListingDto(String id, String memberId, String memberFirstName, String trade, String tradeName,
        String kind, String title, String description, MoneyDto price, String priceUnit,
        Map<String, Object> attributes, Integer stock, Integer leadTimeDays, boolean madeToOrder, boolean active) {

    public static ListingDto of(ListingDetails details) {
        Listing listing = details.listing();
        Map<String, Object> attributes = new LinkedHashMap<>();
        details.attributes().asMap().forEach((name, value) ->
                attributes.put(name, value instanceof Money money ? MoneyDto.of(money) : value));
        boolean product = details.trade().kind() == coop.market.spi.TradeKind.PRODUCT;
        return new ListingDto(listing.id(), listing.memberId(), details.memberFirstName(), listing.trade(),
                details.trade().name(), details.trade().kind().name(), listing.title(), listing.description(),
                MoneyDto.of(listing.price()), listing.priceUnit().name(), attributes,
                listing.stock().orElse(null), listing.leadTimeDays().orElse(null), product && listing.madeToOrder(),
                listing.active());
    }
}
