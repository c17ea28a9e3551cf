package coop.market.infrastructure.pdf;

import coop.market.domain.invoicing.InvoiceDocument;
import coop.market.domain.invoicing.InvoicePrinter;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Prints invoices and credit notes as A4 PDFs with PDFBox. Holds nothing between calls: each document gets
 * its own fonts and pages, so one instance serves the whole application.
 */
@ApplicationScoped
public class PdfInvoicePrinter implements InvoicePrinter {

    @Override
    public byte[] pdf(InvoiceDocument document) {
        return PdfFile.print(InvoiceLayout.title(document), document.supplier().name(), document.number(),
                (page, styles) -> new InvoiceLayout(document, page, styles).print());
    }
}
