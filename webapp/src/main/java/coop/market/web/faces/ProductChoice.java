package coop.market.web.faces;

import java.io.Serializable;

/**
 * So many of a member's product, as the basket shows it.
 *
 * @param availability "3 in stock" or "Made to order: ready in about 5 days", as the listing said when it was added
 * @param unitMinor    the price of one, in minor units
 */
public record ProductChoice(String listingId, String title, String memberFirstName, String availability,
        int quantity, long unitMinor, String currency) implements Serializable {

    public long totalMinor() {
        return unitMinor * quantity;
    }

    ProductChoice withQuantity(int newQuantity) {
        return new ProductChoice(listingId, title, memberFirstName, availability, newQuantity, unitMinor, currency);
    }
}
