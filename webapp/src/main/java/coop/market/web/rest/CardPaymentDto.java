package coop.market.web.rest;

import coop.market.domain.cardpayment.CardPayment;

/** A card payment attempt as staff and the customer see it (never its client secret). */
public record CardPaymentDto(String id, String invoiceId, MoneyDto amount, String status, MoneyDto received,
        MoneyDto refunded, String failure, String createdAt) {

    static CardPaymentDto of(CardPayment payment) {
        return new CardPaymentDto(payment.id(), payment.invoiceId(), MoneyDto.of(payment.amount()),
                payment.status().name(), MoneyDto.of(payment.received()), MoneyDto.of(payment.refunded()),
                payment.failure(), payment.createdAt().toString());
    }
}
