package coop.market.domain.invoicing;

/** Lays an invoice or credit note out as a PDF (the adapter lives in infrastructure). */
public interface InvoicePrinter {

    /** The document as the bytes of a PDF file. */
    byte[] pdf(InvoiceDocument document);
}
