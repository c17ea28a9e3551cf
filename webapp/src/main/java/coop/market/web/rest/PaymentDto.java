package coop.market.web.rest;

import coop.market.domain.invoicing.Payment;

/** A payment received against an invoice. */
public record PaymentDto(String id, String invoiceId, String method, MoneyDto amount, String receivedOn,
        String reference) {

    static PaymentDto of(Payment payment) {
        return new PaymentDto(payment.id(), payment.invoiceId(), payment.method().name(),
                MoneyDto.of(payment.amount()), payment.receivedOn().toString(), payment.reference());
    }
}
