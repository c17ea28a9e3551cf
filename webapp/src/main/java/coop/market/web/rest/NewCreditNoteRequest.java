package coop.market.web.rest;

import coop.market.application.NewCreditNote;
import coop.market.domain.shared.FieldErrors;
import java.util.ArrayList;
import java.util.List;

/** The body of {@code POST /invoices/{id}/credit-notes}: {@code {lines:[{invoiceLineId, amount}], reason}}. */
public record NewCreditNoteRequest(List<Line> lines, String reason) {

    /** An amount off one invoice line. */
    public record Line(String invoiceLineId, MoneyDto amount) {
    }

    NewCreditNote toCommand() {
        FieldErrors errors = new FieldErrors();
        List<NewCreditNote.Line> asked = new ArrayList<>();
        if (lines != null) {
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                MoneyDto amount = line == null ? null : line.amount();
                Long minor = amount == null ? null
                        : WholeNumbers.toLong("lines[" + i + "].amount.minor", amount.minor(), errors);
                asked.add(line == null ? null : new NewCreditNote.Line(line.invoiceLineId(), minor,
                        amount == null ? null : amount.currency()));
            }
        }
        errors.throwIfAny();
        return new NewCreditNote(lines == null ? null : asked, reason);
    }
}
