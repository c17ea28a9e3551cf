package coop.market.web.rest;

import coop.market.application.NewBooking;
import coop.market.domain.shared.FieldErrors;
import java.math.BigDecimal;
import java.util.Map;

/** The body of {@code POST /bookings}. */
public record NewBookingRequest(String listingId, String customerId, String start, BigDecimal durationMinutes,
        NewCustomerRequest.AddressDto address, Map<String, Object> attributes, String notes,
        RecurrenceDto recurrence) {

    /** How a booking repeats: {@code {"frequency": "FORTNIGHTLY", "count": 6}} or with {@code "until"}. */
    public record RecurrenceDto(String frequency, BigDecimal count, String until) {
    }

    NewBooking toCommand() {
        FieldErrors errors = new FieldErrors();
        Integer minutes = WholeNumbers.toInteger("durationMinutes", durationMinutes, errors);
        Integer times = recurrence == null ? null : WholeNumbers.toInteger("recurrence.count", recurrence.count(), errors);
        errors.require("listingId", listingId);
        errors.throwIfAny();
        NewBooking.Place place = address == null ? null
                : new NewBooking.Place(address.line1(), address.line2(), address.town(), address.postcode());
        NewBooking.Repeat repeat = recurrence == null ? null
                : new NewBooking.Repeat(recurrence.frequency(), times, recurrence.until());
        return new NewBooking(listingId, customerId, start, minutes, place, attributes, notes, repeat);
    }
}
