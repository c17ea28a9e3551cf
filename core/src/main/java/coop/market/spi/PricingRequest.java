package coop.market.spi;

import coop.market.domain.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a trade is asked to price: a listing (its price, unit and attributes) and what the
 * customer chose.
 *
 * @param listedPrice     the listing's price per {@code priceUnit}
 * @param priceUnit       what the price is for
 * @param listing         the listing's checked attributes
 * @param request         the customer's checked options
 * @param durationMinutes how long a service takes (0 for products)
 * @param quantity        how many items (1 for services)
 * @param date            the day of the work or order, for seasonal rules
 */
public record PricingRequest(Money listedPrice, PriceUnit priceUnit, AttributeValues listing, AttributeValues request,
        int durationMinutes, int quantity, LocalDate date) {

    public PricingRequest {
        Objects.requireNonNull(listedPrice, "listedPrice");
        Objects.requireNonNull(priceUnit, "priceUnit");
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(date, "date");
        if (durationMinutes < 0 || quantity < 1) {
            throw new IllegalArgumentException("Duration cannot be negative and quantity must be at least 1");
        }
    }
}
