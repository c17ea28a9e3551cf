package coop.market.web.faces;

import coop.market.domain.booking.BookingStatus;

/** A booking's state as staff pages say it. */
final class StatusWords {

    private StatusWords() {
    }

    /** "Waiting for an answer", "Confirmed", "Lapsed: not answered in time", ... */
    static String of(BookingStatus status, boolean lapsed) {
        return switch (status) {
            case REQUESTED -> lapsed ? "Lapsed: not answered in time" : "Waiting for an answer";
            case CONFIRMED -> "Confirmed";
            case COMPLETED -> "Done";
            case NO_SHOW -> "Did not happen";
            case DECLINED -> "Declined";
            case CANCELLED -> "Cancelled";
        };
    }
}
