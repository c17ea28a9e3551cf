package coop.market.web.faces;

import coop.market.application.CustomerAccountService.Series;
import coop.market.application.CustomerAccountService.Visit;
import coop.market.domain.order.Fulfilment;
import coop.market.domain.order.ProductOrder;

/** The customer's account pages' words for a visit's state, its series and an order's state. */
final class AccountWords {

    private AccountWords() {
    }

    /** "Waiting for Daniel to say yes", "Confirmed", "Done", ... as the customer reads it. */
    static String status(Visit visit) {
        if (visit.lapsed()) {
            return "Not answered in time, so not booked";
        }
        return switch (visit.status()) {
            case REQUESTED -> "Waiting for " + visit.memberFirstName() + " to say yes";
            case CONFIRMED -> "Confirmed";
            case COMPLETED -> "Done";
            case NO_SHOW -> "Did not happen";
            case DECLINED -> visit.memberFirstName() + " could not do it";
            case CANCELLED -> "Cancelled";
        };
    }

    /** "Visit 2 of 6, every two weeks"; null for a one-off. */
    static String series(Visit visit) {
        Series series = visit.series();
        if (series == null) {
            return null;
        }
        String often = series.frequency() == null ? "" : switch (series.frequency()) {
            case WEEKLY -> ", every week";
            case FORTNIGHTLY -> ", every two weeks";
            case MONTHLY -> ", every month";
        };
        return "Visit " + series.number() + " of " + series.visits() + often;
    }

    /** "Placed: being got ready", "Ready to collect", "Delivered", "Cancelled". */
    static String status(ProductOrder order) {
        boolean collect = order.fulfilment() == Fulfilment.COLLECT;
        return switch (order.status()) {
            case PLACED -> "Placed: being got ready";
            case READY -> collect ? "Ready to collect" : "Ready: we will deliver it soon";
            case FULFILLED -> collect ? "Collected" : "Delivered";
            case CANCELLED -> "Cancelled";
        };
    }
}
