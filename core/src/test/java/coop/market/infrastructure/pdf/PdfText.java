package coop.market.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A printed PDF's text, as PDFBox reads it back, for tests of what a document shows. */
final class PdfText {

    private PdfText() {
    }

    static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static void assertContains(String text, String... expected) {
        for (String piece : expected) {
            assertTrue(text.contains(piece), () -> "missing \"" + piece + "\" in:\n" + text);
        }
    }
}
