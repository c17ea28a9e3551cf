package coop.market.domain.billing;

import java.util.List;

/** Where chargeable items wait for invoicing. */
public interface ChargeableItems {

    void add(ChargeableItem item);

    List<ChargeableItem> forBooking(String bookingId);
}
