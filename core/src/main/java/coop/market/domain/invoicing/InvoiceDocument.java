package coop.market.domain.invoicing;

import coop.market.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on an invoice or a credit note, already worked out: the printer only lays it out.
 * Holds what a valid UK invoice needs (the word "Invoice", a unique number, supplier and customer names and
 * addresses, dates, each supply described, amounts and total; with VAT also the VAT number, rates and VAT).
 *
 * @param kind          invoice or credit note (the heading)
 * @param dueDate       null on a credit note
 * @param supplierNotes the supplier's legal lines, e.g. "Community interest company 12345678"
 * @param vatNumber     null when the co-op is not VAT registered
 * @param reference     a credit note's "Against invoice BME-2026-00042 of 31 January 2027"; null on an invoice
 * @param amountDue     what is still to pay (an invoice) or null (a credit note)
 * @param notes         sentences printed under the totals: how to pay, the reason for a credit, who supplied
 */
public record InvoiceDocument(DocumentKind kind, String number, LocalDate issueDate, LocalDate dueDate,
        Party supplier, List<String> supplierNotes, String vatNumber, Party customer, String reference,
        List<DocumentLine> lines, Money netTotal, Money vatTotal, Money total, Money amountDue,
        List<String> notes) {

    public InvoiceDocument {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(number);
        Objects.requireNonNull(issueDate);
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(customer);
        Objects.requireNonNull(netTotal);
        Objects.requireNonNull(vatTotal);
        Objects.requireNonNull(total);
        supplierNotes = List.copyOf(supplierNotes);
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A document has at least one line");
        }
    }

    public boolean vatRegistered() {
        return vatNumber != null;
    }
}
