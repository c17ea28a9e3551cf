package coop.market.infrastructure.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font at a size: measures text, makes it printable in that font, and wraps it to a width. */
record TextStyle(PDFont font, float size) {

    /** Room for descenders and a little air between lines, so wrapped text stays easy to read. */
    private static final float LEADING = 1.35f;

    float lineHeight() {
        return size * LEADING;
    }

    float width(String printable) throws IOException {
        return font.getStringWidth(printable) / 1000 * size;
    }

    /**
     * The text with every character the font cannot encode shown as "?". The standard fonts only know
     * WinAnsiEncoding, and PDFBox throws on anything else (an emoji, a Japanese name), which must not stop
     * an invoice being printed. White space of any kind becomes a plain space, as the encoding has no tabs.
     */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(character -> {
            if (Character.isWhitespace(character) || Character.isSpaceChar(character)) {
                out.append(' ');
            } else {
                out.append(encodable(character) ? Character.toString(character) : "?");
            }
        });
        return out.toString();
    }

    private boolean encodable(int character) {
        try {
            font.encode(Character.toString(character));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /**
     * The text as printable lines no wider than {@code maxWidth}: broken between words, each line break in
     * the text kept, and a word too long for a line (a long reference with no spaces) broken where it must be.
     */
    List<String> wrap(String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            String line = "";
            for (String word : printable(paragraph).trim().split(" +")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (width(longer) <= maxWidth) {
                    line = longer;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                while (word.length() > 1 && width(word) > maxWidth) {
                    int fits = fittingLength(word, maxWidth);
                    lines.add(word.substring(0, fits));
                    word = word.substring(fits);
                }
                line = word;
            }
            lines.add(line);
        }
        return lines;
    }

    private int fittingLength(String word, float maxWidth) throws IOException {
        int length = 1;
        while (length < word.length() && width(word.substring(0, length + 1)) <= maxWidth) {
            length++;
        }
        return length;
    }
}
