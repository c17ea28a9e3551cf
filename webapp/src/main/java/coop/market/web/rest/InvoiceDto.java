package coop.market.web.rest;

import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.InvoiceLine;
import coop.market.domain.invoicing.VatRate;
import java.math.BigDecimal;
import java.util.List;

/**
 * An invoice as the contract shows it: every line with the member it was supplied on behalf of. Beyond the
 * contract: what credit notes took off it, the totals before VAT and of VAT (with the VAT number when VAT was
 * charged), and per line its VAT rate and VAT, and what was received and credited. A line's {@code total} is its
 * price before VAT; the invoice's {@code total} is what the customer pays.
 */
public record InvoiceDto(String id, String number, String customerId, String issueDate, String dueDate, String status,
        List<Line> lines, MoneyDto total, MoneyDto amountDue, MoneyDto credited, MoneyDto netTotal, MoneyDto vatTotal,
        String vatNumber) {

    /** One supply: what, by whom, when, how much. */
    public record Line(String id, String description, String memberId, String memberName, String supplyDate,
            BigDecimal quantity, MoneyDto unitPrice, MoneyDto total, Integer vatRateBasisPoints, MoneyDto vat,
            MoneyDto received, MoneyDto credited) {

        static Line of(InvoiceLine line) {
            return new Line(line.id(), line.description(), line.memberId(), line.memberName(),
                    line.supplyDate().toString(), line.quantity(), MoneyDto.of(line.unitPrice()),
                    MoneyDto.of(line.total()), line.vatRate().map(VatRate::basisPoints).orElse(null),
                    MoneyDto.of(line.vat()), MoneyDto.of(line.received()), MoneyDto.of(line.credited()));
        }
    }

    static InvoiceDto of(Invoice invoice) {
        return new InvoiceDto(invoice.id(), invoice.number(), invoice.customerId(), invoice.issueDate().toString(),
                invoice.dueDate().toString(), invoice.status().name(),
                invoice.lines().stream().map(Line::of).toList(), MoneyDto.of(invoice.total()),
                MoneyDto.of(invoice.amountDue()), MoneyDto.of(invoice.credited()), MoneyDto.of(invoice.netTotal()),
                MoneyDto.of(invoice.vatTotal()), invoice.vatNumber().orElse(null));
    }
}
