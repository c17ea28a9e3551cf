package coop.market.web.rest;

import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.InvoiceLine;
import java.math.BigDecimal;
import java.util.List;

/**
 * An invoice as the contract shows it: every line with the member it was supplied on behalf of. Beyond the
 * contract: what credit notes took off it, and per line what was received and credited.
 */
public record InvoiceDto(String id, String number, String customerId, String issueDate, String dueDate, String status,
        List<Line> lines, MoneyDto total, MoneyDto amountDue, MoneyDto credited) {

    /** One supply: what, by whom, when, how much. */
    public record Line(String id, String description, String memberId, String memberName, String supplyDate,
            BigDecimal quantity, MoneyDto unitPrice, MoneyDto total, MoneyDto received, MoneyDto credited) {

        static Line of(InvoiceLine line) {
            return new Line(line.id(), line.description(), line.memberId(), line.memberName(),
                    line.supplyDate().toString(), line.quantity(), MoneyDto.of(line.unitPrice()),
                    MoneyDto.of(line.total()), MoneyDto.of(line.received()), MoneyDto.of(line.credited()));
        }
    }

    static InvoiceDto of(Invoice invoice) {
        return new InvoiceDto(invoice.id(), invoice.number(), invoice.customerId(), invoice.issueDate().toString(),
                invoice.dueDate().toString(), invoice.status().name(),
                invoice.lines().stream().map(Line::of).toList(), MoneyDto.of(invoice.total()),
                MoneyDto.of(invoice.amountDue()), MoneyDto.of(invoice.credited()));
    }
}
