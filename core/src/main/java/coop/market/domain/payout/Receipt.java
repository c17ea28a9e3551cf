package coop.market.domain.payout;

import coop.market.domain.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Money the co-op received for a member's work, as their payable account has it: their share of one payment of an
 * invoice (before VAT), or, when {@code refund}, what a refund to the customer took back from them (then
 * {@code amount} is negative).
 *
 * @param day           when the customer paid (or was refunded)
 * @param invoiceNumber the invoice it was for
 * @param customer      who paid: the organisation, or the person
 */
public record Receipt(LocalDate day, String invoiceNumber, String customer, Money amount, boolean refund) {

    public Receipt {
        Objects.requireNonNull(day);
        Objects.requireNonNull(invoiceNumber);
        Objects.requireNonNull(customer);
        Objects.requireNonNull(amount);
    }
}
