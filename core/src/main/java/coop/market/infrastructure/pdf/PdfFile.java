package coop.market.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * One document as an A4 PDF file, whatever it is: described for screen readers, written page by page by its
 * layout, with "Page N of M" and a label at the foot of every page. Each call has its own fonts and pages.
 */
final class PdfFile {

    /** Writes a document's content down the pages. */
    @FunctionalInterface
    interface Layout {
        void print(PageWriter page, Styles styles) throws IOException;
    }

    private PdfFile() {
    }

    /**
     * @param title       what a screen reader announces and the viewer shows, e.g. "Invoice BME-2027-00042"
     * @param author      who the document is from
     * @param footerLabel printed at the foot of every page, e.g. the document's number
     */
    static byte[] print(String title, String author, String footerLabel, Layout layout) {
        try (PDDocument pdf = new PDDocument()) {
            describe(pdf, title, author);
            Styles styles = Styles.standard();
            try (PageWriter page = new PageWriter(pdf)) {
                layout.print(page, styles);
                page.finish(styles.small(), footerLabel);
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
