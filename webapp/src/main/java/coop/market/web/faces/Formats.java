package coop.market.web.faces;

import coop.market.application.ListingDetails;
import coop.market.application.PlainWords;
import coop.market.domain.listing.Listing;
import coop.market.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Duration;

/** How pages write money, prices and durations: "£15.00 an hour", "2 hours 30 minutes". */
@Named("format")
@ApplicationScoped
public class Formats {

    public String money(Money money) {
        return PlainWords.money(money);
    }

    public String price(ListingDetails details) {
        Listing listing = details.listing();
        String amount = money(listing.price());
        return switch (listing.priceUnit()) {
            case HOUR -> amount + " an hour";
            case VISIT -> amount + " a visit";
            case ITEM -> amount + " each";
        };
    }

    /** Whether and when a product can be had: from stock, or made to order. */
    public String availability(ListingDetails details) {
        Listing listing = details.listing();
        if (!listing.madeToOrder()) {
            int stock = listing.stock().orElse(0);
            return stock == 0 ? "Sold out for now" : stock + " in stock";
        }
        int days = listing.leadTimeDays().orElse(0);
        return "Made to order: ready in about " + days + (days == 1 ? " day" : " days");
    }

    /** "9 March 2027". */
    public String date(java.time.LocalDate day) {
        return PlainWords.date(day);
    }

    public String duration(Duration duration) {
        return PlainWords.duration(duration);
    }

    public String quantity(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    /** A quote line's quantity with its unit, in plain English: "1 hour", "3 hours", "1.5 hours", "2 items". */
    public String quantity(BigDecimal quantity, String unit) {
        String number = quantity(quantity);
        if (unit == null || unit.isBlank()) {
            return number;
        }
        boolean one = quantity.compareTo(BigDecimal.ONE) == 0;
        boolean countable = !unit.equals("each") && !unit.endsWith("s");
        return number + " " + (one || !countable ? unit : unit + "s");
    }
}
