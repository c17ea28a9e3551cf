package coop.market.web.rest;

import coop.market.domain.invoicing.CreditNote;
import java.util.List;

/** A credit note: the contract's {id, number, invoiceId, total}, and its date, reason, refund and lines. */
public record CreditNoteDto(String id, String number, String invoiceId, MoneyDto total, String issueDate,
        String reason, MoneyDto refunded, List<Line> lines) {

    /** An amount off one invoice line. */
    public record Line(String invoiceLineId, MoneyDto amount) {
    }

    static CreditNoteDto of(CreditNote note) {
        return new CreditNoteDto(note.id(), note.number(), note.invoiceId(), MoneyDto.of(note.total()),
                note.issueDate().toString(), note.reason(), MoneyDto.of(note.refunded()),
                note.lines().stream().map(line -> new Line(line.invoiceLineId(), MoneyDto.of(line.amount())))
                        .toList());
    }
}
