package coop.market.infrastructure.pdf;

import coop.market.domain.invoicing.InvoiceDocument;
import coop.market.domain.invoicing.InvoicePrinter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Prints invoices and credit notes as A4 PDFs with PDFBox. Holds nothing between calls: each document gets
 * its own fonts and pages, so one instance serves the whole application.
 */
@ApplicationScoped
public class PdfInvoicePrinter implements InvoicePrinter {

    @Override
    public byte[] pdf(InvoiceDocument document) {
        String title = InvoiceLayout.title(document);
        try (PDDocument pdf = new PDDocument()) {
            describe(pdf, title, document.supplier().name());
            Styles styles = Styles.standard();
            try (PageWriter page = new PageWriter(pdf)) {
                new InvoiceLayout(document, page, styles).print();
                page.finish(styles.small(), document.number());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print " + title, e);
        }
    }

    /**
     * The title, author and language a screen reader announces; the viewer is asked to show the title
     * rather than the file name, as PDF/UA requires.
     */
    private static void describe(PDDocument pdf, String title, String author) {
        PDDocumentInformation information = pdf.getDocumentInformation();
        information.setTitle(title);
        information.setAuthor(author);
        pdf.getDocumentCatalog().setLanguage("en-GB");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        pdf.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
