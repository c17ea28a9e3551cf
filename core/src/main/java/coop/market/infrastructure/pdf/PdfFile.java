package coop.market.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * One PDF file, as every printer here makes it: A4 pages written from the top, the standard styles, "Page N of
 * M" and a label at the foot of each page, and the title, author and language a screen reader announces.
 */
final class PdfFile {

    /** What goes on the pages. */
    @FunctionalInterface
    interface Content {
        void write(PageWriter page, Styles styles) throws IOException;
    }

    private PdfFile() {
    }

    static byte[] print(String title, String author, String footer, Content content) {
        try (PDDocument pdf = new PDDocument()) {
            describe(pdf, title, author);
            Styles styles = Styles.standard();
            try (PageWriter page = new PageWriter(pdf)) {
                content.write(page, styles);
                page.finish(styles.small(), footer);
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
