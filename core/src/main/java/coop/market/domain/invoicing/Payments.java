package coop.market.domain.invoicing;

import java.util.List;
import java.util.Optional;

/** Payments received against invoices. */
public interface Payments {

    void add(Payment payment);

    Optional<Payment> find(String id);

    /** An invoice's payments, in the order they were received. */
    List<Payment> ofInvoice(String invoiceId);

    /** Money received on each day between the two (both included) that had any, in minor units, by day. */
    java.util.SortedMap<java.time.LocalDate, Long> receivedByDay(java.time.LocalDate from, java.time.LocalDate to);
}
