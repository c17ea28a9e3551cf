package coop.market.infrastructure.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes down A4 pages from the top, starting a new page when the next piece will not fit above the
 * footer. Keeps the cursor ({@link #top()}): the top of the next line to write.
 */
final class PageWriter implements Closeable {

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 48;
    /** Kept clear at the bottom of every page for the footer. */
    private static final float FOOTER_ROOM = 28;
    private static final float RULE_GREY = 0.6f;

    private final PDDocument document;
    private PDPageContentStream content;
    private float top;

    PageWriter(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return A4.getWidth() - MARGIN;
    }

    float width() {
        return right() - left();
    }

    float top() {
        return top;
    }

    void moveDown(float distance) {
        top -= distance;
    }

    /** Starts a new page unless {@code height} still fits on this one; true when it started one. */
    boolean makeRoom(float height) throws IOException {
        if (top - height >= MARGIN + FOOTER_ROOM) {
            return false;
        }
        newPage();
        return true;
    }

    /** One line of text at {@code x}, sitting in the line whose top is {@code lineTop}. */
    void text(TextStyle style, float x, float lineTop, String text) throws IOException {
        content.beginText();
        content.setFont(style.font(), style.size());
        content.newLineAtOffset(x, lineTop - style.size());
        content.showText(style.printable(text));
        content.endText();
    }

    /** One line of text ending at {@code rightEdge}, for amounts, so their digits line up. */
    void textEndingAt(TextStyle style, float rightEdge, float lineTop, String text) throws IOException {
        text(style, rightEdge - style.width(style.printable(text)), lineTop, text);
    }

    /** The text wrapped across the page, each line moving the cursor down (and on to a new page if need be). */
    void paragraph(TextStyle style, String text) throws IOException {
        for (String line : style.wrap(text, width())) {
            makeRoom(style.lineHeight());
            text(style, left(), top, line);
            moveDown(style.lineHeight());
        }
    }

    /** The lines, each wrapped, one under another. */
    void paragraphs(TextStyle style, List<String> texts) throws IOException {
        for (String text : texts) {
            paragraph(style, text);
        }
    }

    /** A thin grey line across the page at the cursor. */
    void rule() throws IOException {
        content.setStrokingColor(RULE_GREY);
        content.setLineWidth(0.5f);
        content.moveTo(left(), top);
        content.lineTo(right(), top);
        content.stroke();
    }

    /**
     * Ends the writing and puts "Page N of M" and {@code label} at the foot of every page. Done last, as
     * M is only known once everything is written.
     */
    void finish(TextStyle style, String label) throws IOException {
        close();
        int count = document.getNumberOfPages();
        float lineTop = MARGIN + style.size();
        for (int number = 1; number <= count; number++) {
            content = new PDPageContentStream(document, document.getPage(number - 1), AppendMode.APPEND, true, true);
            text(style, left(), lineTop, label);
            textEndingAt(style, right(), lineTop, "Page " + number + " of " + count);
            close();
        }
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        top = A4.getHeight() - MARGIN;
    }
}
