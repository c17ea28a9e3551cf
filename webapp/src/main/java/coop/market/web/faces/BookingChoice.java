package coop.market.web.faces;

import coop.market.application.NewBooking;
import java.io.Serializable;

/**
 * A visit chosen in the booking flow, ready to book, with what the basket shows of it: the request exactly as the
 * checkout sends it, and its words worked out once (the price was quoted for the options chosen).
 *
 * @param when         "Tuesday 9 March 2027, 9am to 11am"
 * @param repeats      "Every two weeks, 6 visits", or null for a one-off
 * @param visits       how many visits the request makes (1 for a one-off)
 * @param visitMinor   the quoted price of one visit, in minor units
 */
public record BookingChoice(NewBooking request, String title, String tradeName, String memberFirstName, String when,
        String repeats, int visits, long visitMinor, String currency) implements Serializable {

    public long totalMinor() {
        return visitMinor * visits;
    }
}
