package coop.market.web.faces;

import java.io.Serializable;
import java.util.List;

/**
 * What a checkout made, as the confirmation page tells it: a reference to quote, and each thing booked or ordered in
 * words. Kept in the session (not looked up again) so the page can be shown straight after and reloaded.
 *
 * @param reference the order's reference, or the first booking's, to quote when getting in touch
 * @param bookings  "Garden tidy-ups with Aisha: Tuesday 9 March 2027, 9am to 11am, every two weeks"
 * @param orderLines "2 x Hand-made greeting cards from Sam"
 * @param collect   true when the order is collected rather than delivered
 * @param invoiceId the order's invoice when it is paid for now, else null
 * @param invoiceNumber its number, else null
 * @param toPayNow  what the customer pays now for the order ("£36.00"), else null
 * @param savedCard "Visa ending 4242" when the order is taken from the card saved before, else null
 */
public record CheckedOut(String reference, List<String> bookings, List<String> orderLines, String orderReference,
        boolean collect, String email, String invoiceId, String invoiceNumber, String toPayNow, String savedCard)
        implements Serializable {

    public CheckedOut {
        bookings = List.copyOf(bookings);
        orderLines = List.copyOf(orderLines);
    }

    public boolean hasOrder() {
        return !orderLines.isEmpty();
    }

    /** The order is paid for now, by card, on its own invoice (not invoiced later with the work). */
    public boolean paysNow() {
        return invoiceId != null;
    }
}
