package coop.market.web.rest;

import coop.market.application.CheckoutService;
import coop.market.application.VisibleOrder;
import coop.market.domain.booking.Booking;
import java.time.ZoneId;
import java.util.List;

/**
 * What a checkout made: each booking asked for (a series with its occurrences), the order, or null, and the order's
 * invoice when the customer pays for it now by card ({@code POST /invoices/{id}/card-payment}), or null.
 */
public record CheckoutDto(List<BookingDto> bookings, OrderDto order, InvoiceDto invoice) {

    static CheckoutDto of(CheckoutService.Checkout made, ZoneId zone) {
        List<BookingDto> bookings = made.bookings().stream().map(series -> {
            Booking first = series.get(0);
            return first.seriesId().isPresent() ? BookingDto.of(first, series, zone) : BookingDto.of(first, zone);
        }).toList();
        return new CheckoutDto(bookings,
                made.productOrder().map(order -> OrderDto.of(VisibleOrder.whole(order), zone)).orElse(null),
                made.orderInvoice().map(InvoiceDto::of).orElse(null));
    }
}
