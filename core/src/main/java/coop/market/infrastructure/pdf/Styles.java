package coop.market.infrastructure.pdf;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The few styles a document is printed in. Made afresh for each document: a PDFBox font keeps caches that
 * are not safe to share between threads, and the printer is one instance for the whole application.
 */
record Styles(TextStyle title, TextStyle heading, TextStyle body, TextStyle strong, TextStyle small) {

    static Styles standard() {
        PDType1Font regular = new PDType1Font(FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(FontName.HELVETICA_BOLD);
        return new Styles(new TextStyle(bold, 20), new TextStyle(bold, 12), new TextStyle(regular, 10),
                new TextStyle(bold, 10), new TextStyle(regular, 9));
    }
}
